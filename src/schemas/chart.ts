// One story chart: content/charts/<id>.json. It names a chart type (a generic builder in
// src/lib/charts/types/), the dataset(s) it reads, which dataset fields feed the type's roles,
// its step states, its data tables and its sentences. Spanish words live in an overlay,
// content/charts/es/<id>.json, with the same text keys. The gate checks that the type, the
// fields, the rows and the placeholders exist (src/lib/charts/check.ts).
import { z } from 'astro/zod';
import { IdSchema } from './common';

const FieldKey = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a dataset field key (camelCase)');
const StateName = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a state name: lowercase, digits and hyphens');

/**
 * A sentence or label, or a group of them keyed by a category value (e.g. reader names of a
 * field's values). `{name}` placeholders are filled by the type (see the type's documentation),
 * a declared `derived` value, or `{rowId.field}`: that row's field, formatted for the edition.
 */
export const ChartTextSchema = z.record(z.string(), z.union([z.string().min(1), z.record(z.string(), z.string().min(1))]));
export type ChartText = z.infer<typeof ChartTextSchema>;

/** A mark tag's rule: the states in which it shows (omitted: all) and those in which it is emphasised. */
export const MarkRuleSchema = z
  .object({ show: z.array(StateName).min(1).optional(), emph: z.array(StateName).min(1).optional() })
  .strict();

export const ChartStatesSchema = z
  .object({
    summary: StateName.describe('What the figure shows without JavaScript and before any step'),
    names: z.array(StateName).min(1).describe('Every state a <Step state="..."> may ask for, in order'),
    /**
     * Mark tag → rule. Tags: `row-<rowId>`, `group-<key>`, `cat-<value>`, `y<year>`, the
     * type's own tags (`part`, `gap`, `callout`, `share`, `hatched`), and `$name` for a mark the
     * type finds in the data (e.g. `$latest`: the newest year; listed per type).
     */
    marks: z.record(z.string(), MarkRuleSchema).default({}),
  })
  .strict();

/** A value computed from dataset cells by a named function of src/lib/charts/derived.ts. */
export const DerivedSchema = z
  .object({
    fn: z.enum(['percentChange']).describe('percentChange: (second − first) / first × 100, one decimal'),
    field: FieldKey,
    rows: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const ChartTableSchema = z
  .object({ dataset: IdSchema, columns: z.array(FieldKey).min(1).optional(), caption: z.string().min(3).optional() })
  .strict();

export const ChartSchema = z
  .object({
    type: z.string().min(2).describe('A chart type of src/lib/charts/types/'),
    datasets: z.array(IdSchema).min(1),
    fields: z.record(z.string(), FieldKey).describe('Role of the type → field key of the first dataset'),
    values: z.record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).default({}).describe('Role → category value(s) the type looks for'),
    rows: z.array(z.string().min(1)).min(1).optional().describe('The rows drawn, in order, for a type that draws chosen rows'),
    groups: z
      .array(z.object({ key: StateName, values: z.array(z.string().min(1)).min(1) }).strict())
      .min(1)
      .optional()
      .describe('Groups of rows, in display order, by the values of the `group` field'),
    options: z.record(z.string(), z.union([z.number(), z.array(z.number()).length(2)])).default({}).describe('Numbers the type reads (e.g. an axis domain)'),
    derived: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), DerivedSchema).default({}),
    states: ChartStatesSchema,
    tables: z.array(ChartTableSchema).default([]),
    text: ChartTextSchema,
  })
  .strict();
export type ChartEntry = z.infer<typeof ChartSchema>;

/** The words of a chart in another edition: the same text keys as the English entry. */
export const ChartOverlaySchema = z.object({ text: ChartTextSchema }).strict();
export type ChartOverlay = z.infer<typeof ChartOverlaySchema>;
