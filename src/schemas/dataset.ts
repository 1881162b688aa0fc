// One dataset: content/data/<id>.json. Columns are declared once in `fields`, each with a
// type that carries its domain rule (counts are non-negative integers, shares stay in 0-100,
// years ascend). Rows are checked against those declarations, so bad data fails the build.
import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema } from './common';

export const FieldTypeSchema = z.enum(['year', 'date', 'count', 'share', 'number', 'text', 'category']);
export type FieldType = z.infer<typeof FieldTypeSchema>;

export const FieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase'),
    label: z.string().min(2),
    type: FieldTypeSchema,
    unit: z.string().min(1).optional().describe('What one unit counts, e.g. "firearms", "per 100,000 people"'),
    nullable: z.boolean().default(false).describe('true: a missing value is a real gap, shown as a gap'),
    derived: z.string().min(5).optional().describe('How the value was computed from other values, if it was'),
    values: z.array(z.string()).min(1).optional().describe('Allowed values of a category field'),
    labels: z.record(z.string(), z.string().min(1)).optional().describe('Reader text for category values that are codes, e.g. {"inegi-definitive": "INEGI, definitive"}'),
  })
  .strict()
  .refine((f) => !f.labels || Object.keys(f.labels).every((k) => f.values?.includes(k)), { message: 'every labeled value must be one of the field’s values', path: ['labels'] });
export type Field = z.infer<typeof FieldSchema>;

const CellSchema = z.union([z.number(), z.string(), z.null()]);
export const RowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be lowercase, digits, hyphens or dots'),
    sources: z.array(IdSchema).min(1).optional().describe('Defaults to the dataset sources when it has exactly one'),
    note: z.string().min(3).optional(),
  })
  .catchall(CellSchema);
export type Row = z.infer<typeof RowSchema>;

const RESERVED = new Set(['id', 'sources', 'note']);

export const DatasetSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(5),
    description: z.string().min(20),
    period: z.object({ start: PartialDateSchema, end: PartialDateSchema }).strict(),
    fields: z.array(FieldSchema).min(1),
    sources: z.array(IdSchema).min(1),
    caveats: z.array(z.string().min(10)).min(1),
    method: z.string().min(20).describe('How the numbers were compiled or derived'),
    licence: z.string().min(5),
    rows: z.array(RowSchema).min(1),
  })
  .strict()
  .superRefine((d, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const keys = new Set<string>();
    d.fields.forEach((f, i) => {
      if (RESERVED.has(f.key)) issue(['fields', i, 'key'], `"${f.key}" is reserved for row metadata`);
      if (keys.has(f.key)) issue(['fields', i, 'key'], `duplicate field key "${f.key}"`);
      keys.add(f.key);
      if (f.type === 'number' && !f.unit) issue(['fields', i, 'unit'], 'a number field needs a unit');
    });
    const rowIds = new Set<string>();
    d.rows.forEach((row, r) => {
      if (rowIds.has(row.id)) issue(['rows', r, 'id'], `duplicate row id "${row.id}"`);
      rowIds.add(row.id);
      if (!row.sources && d.sources.length > 1) issue(['rows', r, 'sources'], 'required when the dataset has more than one source');
      for (const s of row.sources ?? []) {
        if (!d.sources.includes(s)) issue(['rows', r, 'sources'], `"${s}" is not listed in the dataset's sources`);
      }
      for (const key of Object.keys(row)) {
        if (!RESERVED.has(key) && !keys.has(key)) issue(['rows', r, key], `unknown field "${key}" (declare it in fields)`);
      }
      d.fields.forEach((f) => checkCell(f, row[f.key], (m) => issue(['rows', r, f.key], m)));
    });
    const order = d.fields.find((f) => f.type === 'year' || f.type === 'date');
    if (order) {
      d.rows.forEach((row, r) => {
        const prev = d.rows[r - 1];
        if (prev && String(row[order.key]) < String(prev[order.key])) {
          issue(['rows', r, order.key], `rows must ascend by ${order.key}: ${row[order.key]} comes after ${prev[order.key]}`);
        }
      });
    }
  });

export type Dataset = z.infer<typeof DatasetSchema>;

/** The domain rule of each field type, applied to one cell. */
export function checkCell(field: Field, value: unknown, fail: (message: string) => void): void {
  if (value === undefined || value === null) {
    if (!field.nullable) fail(`missing value; mark the field "nullable" if this is a real gap`);
    return;
  }
  switch (field.type) {
    case 'year':
      if (!Number.isInteger(value) || (value as number) < 1900 || (value as number) > 2100) fail(`expected a year (integer 1900-2100), got ${JSON.stringify(value)}`);
      return;
    case 'date':
      if (typeof value !== 'string' || !PartialDateSchema.safeParse(value).success) fail(`expected a date YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
      return;
    case 'count':
      if (!Number.isInteger(value) || (value as number) < 0) fail(`expected a count (non-negative integer), got ${JSON.stringify(value)}`);
      return;
    case 'share':
      if (typeof value !== 'number' || value < 0 || value > 100) fail(`expected a share between 0 and 100, got ${JSON.stringify(value)}`);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(`expected a number, got ${JSON.stringify(value)}`);
      return;
    case 'text':
    case 'category':
      if (typeof value !== 'string' || value.length === 0) fail(`expected text, got ${JSON.stringify(value)}`);
      else if (field.values && !field.values.includes(value)) fail(`"${value}" is not one of ${field.values.join(', ')}`);
      return;
  }
}
