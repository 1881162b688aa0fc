// One state of the border map: content/maps/<state>.json, the picture a <BorderMap> step shows.
// It declares the datasets it draws on, its layers (generic mark kinds reading named rows and
// fields), the values its sentences may print (a dataset cell or period, or a declared
// derivation) and its reader text; the Spanish overlay content/maps/es/<state>.json holds the
// same text keys in its own words. The code keeps one drawer per layer kind and names no dataset.
import { z } from 'astro/zod';
import { IdSchema } from './common';

/** A key of the entry's `text` (its reader sentences, legend titles and items). */
const TextKey = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase key of "text"');
/** A dataset field key. */
const FieldKey = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase field key');
/** A map area code: USPS for US states ("TX"), ISO 3166-2 for Mexican states ("MX-SON"). */
const AreaCode = z.string().regex(/^(?:[A-Z]{2}|MX-[A-Z]{3})$/, 'must be a USPS code ("TX") or ISO 3166-2 code ("MX-SON")');

const Legend = z.object({ title: TextKey }).strict();

/** Outlines of named areas, optionally labelled with their names. */
const OutlineLayer = z
  .object({
    kind: z.literal('outline'),
    areas: z.array(AreaCode).min(1),
    style: z.enum(['us', 'mx', 'dest']).describe('us: the US colour, heavier; mx: muted; dest: the Mexican colour'),
    names: z.boolean().default(false).describe('label each area with its name'),
  })
  .strict();

/** Areas shaded by a count field in classes split at `breaks`; each labelled with its name and value. */
const ChoroplethLayer = z
  .object({
    kind: z.literal('choropleth'),
    dataset: IdSchema,
    area: FieldKey.describe('the field holding each row’s area code'),
    value: FieldKey,
    breaks: z.array(z.number().int().positive()).min(1).max(3).describe('class limits, ascending: n limits make n + 1 classes'),
    legend: Legend,
  })
  .strict()
  .refine((l) => l.breaks.every((b, i) => i === 0 || b > l.breaks[i - 1]!), { message: 'breaks must ascend', path: ['breaks'] });

/** Areas filled by the category a row falls in (a hatch or a solid fill), labelled with a value of another dataset. */
const CategoryLayer = z
  .object({
    kind: z.literal('categories'),
    dataset: IdSchema,
    area: FieldKey,
    field: FieldKey.describe('the category field that picks the fill'),
    classes: z
      .array(
        z
          .object({
            values: z.array(z.string().min(1)).min(1).optional().describe('the category values of this class; omit for the class of every other value'),
            fill: z.enum(['hatched', 'solid']),
            legend: TextKey,
          })
          .strict(),
      )
      .min(2),
    label: z
      .object({ dataset: IdSchema, match: FieldKey.describe('the field of that dataset holding the area code'), field: FieldKey, missing: TextKey.describe('shown when the area has no row or an empty cell') })
      .strict()
      .describe('the value printed under each area’s name'),
    legend: Legend,
  })
  .strict()
  .refine((l) => l.classes.filter((c) => !c.values).length === 1, { message: 'exactly one class must omit "values" (it takes every other value)', path: ['classes'] });

/** Arrows from one area to another, as wide as a count field, with the destination outlined. */
const FlowLayer = z
  .object({
    kind: z.literal('flows'),
    dataset: IdSchema,
    from: FieldKey,
    to: FieldKey,
    size: FieldKey,
    emphasis: z.boolean().default(true).describe('false: drawn faded, as context for this state'),
    valueLabels: z.boolean().default(true).describe('label each destination with its name and count'),
    legend: Legend.extend({ item: TextKey.describe('a legend line, with {n} for the reference count'), values: z.array(z.number().int().positive()).min(1).describe('reference counts shown in the legend (those above 1.2 × the largest flow are left out)') }).strict(),
  })
  .strict();

/** Stretches of the border along the US county each row names (by FIPS code). */
const SegmentLayer = z.object({ kind: z.literal('segments'), dataset: IdSchema, county: FieldKey.describe('the field holding the US county FIPS code') }).strict();

/** Places at a row’s longitude and latitude, labelled. */
const PointLayer = z
  .object({
    kind: z.literal('points'),
    dataset: IdSchema,
    lon: FieldKey,
    lat: FieldKey,
    label: FieldKey,
    shape: z.enum(['square', 'diamond']),
    style: FieldKey.describe('a category field whose value names the point’s colour class (map__point--<value>)'),
  })
  .strict();

/** Words at a row’s longitude and latitude, with no marker (a place or region name). */
const LabelLayer = z.object({ kind: z.literal('labels'), dataset: IdSchema, lon: FieldKey, lat: FieldKey, label: FieldKey }).strict();

/** A note under the map, from a sentence of `text`. */
const NoteLayer = z.object({ kind: z.literal('note'), text: TextKey }).strict();

export const MapLayerSchema = z.discriminatedUnion('kind', [OutlineLayer, ChoroplethLayer, CategoryLayer, FlowLayer, SegmentLayer, PointLayer, LabelLayer, NoteLayer]);
export type MapLayer = z.infer<typeof MapLayerSchema>;
export const MAP_LAYER_KINDS = MapLayerSchema.options.map((o) => o.shape.kind.value);

const Join = z.enum(['comma', 'semicolon', 'and', 'then']).describe('comma: "a, b"; semicolon: "a; b"; and: "a and b and c"; then: "a, then b, then c"');

/** A value a sentence may print: one dataset cell, a dataset's period, or a derivation (lib/map/derive.ts). */
export const MapValueSchema = z.union([
  z.object({ dataset: IdSchema, row: z.string().min(1), field: FieldKey }).strict(),
  z.object({ dataset: IdSchema, period: z.literal(true) }).strict(),
  z.object({ derived: z.literal('range'), dataset: IdSchema, field: FieldKey }).strict().describe('lowest–highest value of a field'),
  z.object({ derived: z.literal('count'), dataset: IdSchema }).strict().describe('the number of rows, in words below ten'),
  z
    .object({
      derived: z.literal('list'),
      dataset: IdSchema,
      field: FieldKey.optional().describe('the field each item prints'),
      item: TextKey.optional().describe('or a sentence of "text" whose {placeholders} are the row’s fields (and the parts of `split`)'),
      split: z.object({ field: FieldKey, on: z.string().min(1), into: z.array(z.string().regex(/^[a-z][a-zA-Z0-9]*$/)).min(2) }).strict().optional(),
      sortBy: FieldKey.optional().describe('largest first; else in row order'),
      where: z.object({ field: FieldKey, not: z.array(z.string()).optional(), is: z.array(z.string()).optional() }).strict().optional(),
      join: Join,
    })
    .strict()
    .refine((v) => Boolean(v.field) !== Boolean(v.item), { message: 'give either "field" or "item"' }),
]);
export type MapValue = z.infer<typeof MapValueSchema>;

/** A sentence or label of the entry: text with {placeholders} naming `values`. */
const Text = z.string().min(2);

export const MapStateSchema = z
  .object({
    id: IdSchema,
    datasets: z.array(IdSchema).describe('every dataset the state draws on; a figure showing it lists them'),
    border: z.enum(['plain', 'emphasised']).default('plain'),
    layers: z.array(MapLayerSchema),
    values: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), MapValueSchema).default({}),
    text: z.record(TextKey, Text).refine((t) => 'describe' in t, { message: 'needs "describe": the state’s text alternative' }),
  })
  .strict();
export type MapStateEntry = z.infer<typeof MapStateSchema>;

/** An edition's words for a map state: the same text keys as the English entry. */
export const MapStateOverlaySchema = z.object({ text: z.record(TextKey, Text) }).strict();
export type MapStateOverlay = z.infer<typeof MapStateOverlaySchema>;
