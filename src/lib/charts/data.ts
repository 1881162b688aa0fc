// Reads chart inputs out of validated datasets by field key, so layouts never see raw JSON
// and a renamed field fails the build with the dataset and field named.
import type { Dataset, Row } from '../../schemas/dataset';
import { label, num, str } from '../data/rows';
import { yearRange } from './scales';

export { label, num, str };

/**
 * Values of `keys` for every year from the first to the last row, with null where a year has
 * no row or no value, so a chart can show the gap.
 */
export function annualSeries(ds: Dataset, yearKey: string, keys: string[], range?: [number, number]) {
  const byYear = new Map<number, Row>();
  for (const row of ds.rows) {
    const y = num(ds, row, yearKey);
    if (y !== null) byYear.set(y, row);
  }
  const known = [...byYear.keys()];
  if (known.length === 0) return { years: [] as number[], values: Object.fromEntries(keys.map((k) => [k, [] as (number | null)[]])), rows: [] as (Row | null)[] };
  const years = yearRange(range?.[0] ?? Math.min(...known), range?.[1] ?? Math.max(...known));
  const rows = years.map((y) => byYear.get(y) ?? null);
  const values = Object.fromEntries(keys.map((k) => [k, rows.map((r) => (r ? num(ds, r, k) : null))]));
  return { years, values, rows };
}

/** Fractional year of a partial date: "2025-06-05" → 2025.43; "2025" → 2025 (start of year). */
export function yearOf(date: string, end = false): number {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return y! + (end ? 1 : 0);
  const monthStart = (m - 1) / 12;
  if (d === undefined) return y! + monthStart + (end ? 1 / 12 : 0);
  return y! + monthStart + (d - 1) / 365;
}
