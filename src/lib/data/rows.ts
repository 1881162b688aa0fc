// Reading a validated dataset by field key and row id, for prose, tables, charts and maps
// alike. Pure (no astro:content), so layouts and tests use it directly; a renamed field or row
// fails the build with the dataset named.
import type { Dataset, Field, Row } from '../../schemas/dataset';

/** A dataset's field by key; throws with the dataset id and its fields when absent. */
export function getField(dataset: Dataset, key: string): Field {
  const field = dataset.fields.find((f) => f.key === key);
  if (!field) throw new Error(`Dataset "${dataset.id}" has no field "${key}" (fields: ${dataset.fields.map((f) => f.key).join(', ')})`);
  return field;
}

export function getRow(dataset: Dataset, id: string): Row {
  const row = dataset.rows.find((r) => r.id === id);
  if (!row) throw new Error(`Dataset "${dataset.id}" has no row "${id}"`);
  return row;
}

/** Sources of a row: its own list, or the dataset's. */
export function rowSources(dataset: Dataset, row: Row): string[] {
  return row.sources ?? dataset.sources;
}

/** A numeric cell; null for a gap; throws on text where a number is expected. */
export function num(ds: Dataset, row: Row, key: string): number | null {
  getField(ds, key);
  const v = row[key];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number') throw new Error(`Dataset "${ds.id}" row "${row.id}": "${key}" is not a number`);
  return v;
}

/** A text cell, or null when empty. */
export function str(ds: Dataset, row: Row, key: string): string | null {
  getField(ds, key);
  const v = row[key];
  return v === null || v === undefined ? null : String(v);
}

/** A cell as readers see it: a category code through its field's labels (in the edition's words), else the text. */
export function label(ds: Dataset, row: Row, key: string): string | null {
  const v = str(ds, row, key);
  return v === null ? null : (getField(ds, key).labels?.[v] ?? v);
}

/** A cell that must have a value (a gap there is an error in the data). */
export function required<T>(value: T | null, ds: Dataset, row: Row, key: string): T {
  if (value === null) throw new Error(`Dataset "${ds.id}" row "${row.id}": "${key}" is empty`);
  return value;
}
