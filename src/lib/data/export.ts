// Builds the downloadable forms of a dataset: CSV (one row per record, with its sources)
// and JSON (the whole record: fields, rows, sources, caveats, method, licence). Pure.
import { csvFormatRows } from 'd3-dsv';
import type { Dataset } from '../../schemas/dataset';
import type { Source } from '../../schemas/source';
import { rowSources } from './rows';

/** CSV with the dataset's fields, then `note` and `sources` (id list) per row. */
export function datasetCsv(dataset: Dataset): string {
  const keys = dataset.fields.map((f) => f.key);
  const header = [...keys, 'note', 'sources'];
  const rows = dataset.rows.map((row) => [
    ...keys.map((k) => (row[k] === null || row[k] === undefined ? '' : String(row[k]))),
    row.note ?? '',
    rowSources(dataset, row).join(' '),
  ]);
  return `${csvFormatRows([header, ...rows])}\n`;
}

/** JSON download: the dataset with its sources written out in full. */
export function datasetJson(dataset: Dataset, sources: Source[], credit: string) {
  const used = new Set(dataset.sources);
  return {
    ...dataset,
    credit,
    sourceRecords: sources.filter((s) => used.has(s.id)),
  };
}
