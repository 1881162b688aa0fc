// One drawer per layer kind of a map state (content/maps): outlines, choropleth, area
// categories, flows, border segments, points, labels and notes. Each turns a layer's declaration and its
// dataset into marks of the layout (layers.ts merges them across states). A drawer knows mark
// kinds only: datasets, rows, fields, thresholds and words all come from the entry.
import { max } from 'd3-array';
import type { Dataset, Row } from '../../schemas/dataset';
import type { MapLayer, MapStateEntry } from '../../schemas/map-state';
import { formatCount } from '../format/value';
import { t, type Vars } from '../i18n/messages';
import { r1 } from '../format/round';
import { num as cellNum, required, str as cellStr } from '../data/rows';
import { flowShape } from './flows';
import { nameLines } from './labels';
import { cellText, stateText, type ValueContext } from './derive';
import type { MapBase, Point } from './geometry';
import type { MapLayout } from './layout';

/** Widest flow line, in map px. */
export const MAX_FLOW_WIDTH = 14;
/** Map cells always have a value: a gap in a cell a layer reads is an error. */
export const num = (ds: Dataset, row: Row, key: string): number => required(cellNum(ds, row, key), ds, row, key);
export const str = (ds: Dataset, row: Row, key: string): string => required(cellStr(ds, row, key), ds, row, key);

/** The choropleth class (1 = below the first break) of a value. */
export function binOf(value: number, breaks: readonly number[]): number {
  return breaks.filter((b) => value >= b).length + 1;
}

/**
 * Flows leaving the same area start side by side instead of from one point: starts are
 * spread across the mean direction of travel, ordered by the angle of each destination.
 */
export function spreadStarts(flows: { id: string; from: Point; to: Point }[], spacing: number): Map<string, Point> {
  const out = new Map<string, Point>();
  const groups = new Map<string, typeof flows>();
  for (const f of flows) groups.set(f.from.join(), [...(groups.get(f.from.join()) ?? []), f]);
  for (const group of groups.values()) {
    const angle = (f: (typeof flows)[number]) => Math.atan2(f.to[1] - f.from[1], f.to[0] - f.from[0]);
    const mean = group.reduce((s, f) => s + angle(f), 0) / group.length;
    const [px, py] = [-Math.sin(mean), Math.cos(mean)];
    [...group].sort((a, b) => angle(a) - angle(b)).forEach((f, i) => {
      const k = (i - (group.length - 1) / 2) * spacing;
      out.set(f.id, [r1(f.from[0] + px * k), r1(f.from[1] + py * k)]);
    });
  }
  return out;
}

type Untagged<T> = Omit<T, 'states' | 'emph'>;
type MarkList = 'fills' | 'outlines' | 'paths' | 'flows' | 'points' | 'labels' | 'legends' | 'notes';
export interface DrawContext extends ValueContext {
  entry: MapStateEntry;
  /** A map area by code, with its name in the edition's words. */
  area(code: string): MapBase['areas'][number];
  project(lonLat: Point): Point;
  /** The border stretch along a US county (FIPS code), as an SVG path. */
  countyStretch(fips: string): string;
  /** Adds a mark for the state being drawn (merged with the same mark of another state); `emph`: emphasised in it. */
  put: { [K in MarkList]: (m: Untagged<MapLayout[K][number]>, emph?: boolean) => void };
}

const dataOf = (ctx: DrawContext, id: string): Dataset => {
  const ds = ctx.datasets[id];
  if (!ds) throw new Error(`content/maps/${ctx.entry.id}.json: a layer draws dataset "${id}", which is not in its "datasets"`);
  return ds;
};
const say = (ctx: DrawContext, key: string, extra?: Vars) => stateText(ctx.entry, key, ctx, extra);

type Drawer<K extends MapLayer['kind']> = (layer: Extract<MapLayer, { kind: K }>, ctx: DrawContext) => void;

const outline: Drawer<'outline'> = (layer, ctx) => {
  for (const code of layer.areas) {
    const a = ctx.area(code);
    ctx.put.outlines({ area: code, cls: `map__outline map__outline--${layer.style}` });
    if (layer.names) ctx.put.labels({ id: `name-${code}`, at: a.anchor, lines: [a.name], anchor: 'middle', cls: a.country === 'mx' ? 'map__name map__name--mx' : 'map__name' });
  }
};

const choropleth: Drawer<'choropleth'> = (layer, ctx) => {
  const ds = dataOf(ctx, layer.dataset);
  const fc = (n: number) => formatCount(n, ctx.locale);
  for (const row of ds.rows) {
    const code = str(ds, row, layer.area);
    const value = num(ds, row, layer.value);
    const a = ctx.area(code);
    ctx.put.fills({ area: code, cls: `map__bin map__bin--${binOf(value, layer.breaks)}` });
    ctx.put.labels({ id: `choropleth-${ds.id}-${code}`, at: a.anchor, lines: [...nameLines(a.name), cellText(ds, row, layer.value, ctx.locale)], anchor: 'middle', cls: 'map__value' });
  }
  const tr = t(ctx.locale);
  const b = layer.breaks;
  ctx.put.legends({
    id: `choropleth-${ds.id}`,
    title: say(ctx, layer.legend.title),
    items: [
      { cls: 'map__bin--1', label: tr('map.under', { n: fc(b[0]!) }) },
      ...b.slice(1).map((next, i) => ({ cls: `map__bin--${i + 2}`, label: `${fc(b[i]!)}–${fc(next - 1)}` })),
      { cls: `map__bin--${b.length + 1}`, label: tr('map.orMore', { n: fc(b.at(-1)!) }) },
      { cls: 'map__bin--none', label: tr('map.noCount') },
    ],
  });
};

const FILL_CLASS = { hatched: 'check', solid: 'none' } as const;

const categories: Drawer<'categories'> = (layer, ctx) => {
  const ds = dataOf(ctx, layer.dataset);
  const other = dataOf(ctx, layer.label.dataset);
  const classOf = (value: string) => layer.classes.find((c) => c.values?.includes(value)) ?? layer.classes.find((c) => !c.values)!;
  for (const row of ds.rows) {
    const code = str(ds, row, layer.area);
    const a = ctx.area(code);
    const match = other.rows.find((r) => r[layer.label.match] === code);
    const cell = match?.[layer.label.field];
    const value = match && cell !== null && cell !== undefined ? cellText(other, match, layer.label.field, ctx.locale) : say(ctx, layer.label.missing);
    ctx.put.fills({ area: code, cls: `map__rule map__rule--${FILL_CLASS[classOf(str(ds, row, layer.field)).fill]}` });
    ctx.put.labels({ id: `categories-${ds.id}-${code}`, at: a.anchor, lines: [...nameLines(a.name), value], anchor: 'middle', cls: 'map__value' });
  }
  ctx.put.legends({ id: `categories-${ds.id}`, title: say(ctx, layer.legend.title), items: layer.classes.map((c) => ({ cls: `map__rule--${FILL_CLASS[c.fill]}`, label: say(ctx, c.legend) })) });
};

const flows: Drawer<'flows'> = (layer, ctx) => {
  const ds = dataOf(ctx, layer.dataset);
  const top = max(ds.rows, (r) => num(ds, r, layer.size)) ?? 1;
  const width = (n: number) => r1((n / top) * MAX_FLOW_WIDTH);
  const starts = spreadStarts(ds.rows.map((r) => ({ id: r.id, from: ctx.area(str(ds, r, layer.from)).anchor, to: ctx.area(str(ds, r, layer.to)).anchor })), MAX_FLOW_WIDTH + 2);
  for (const row of ds.rows) {
    const to = ctx.area(str(ds, row, layer.to));
    const size = num(ds, row, layer.size);
    const shape = flowShape(starts.get(row.id)!, to.anchor, width(size));
    ctx.put.flows({ id: `flow-${ds.id}-${row.id}`, d: shape.d, head: shape.head, width: width(size) }, layer.emphasis);
    ctx.put.outlines({ area: to.id, cls: 'map__outline map__outline--dest' });
    if (layer.valueLabels) ctx.put.labels({ id: `flow-${ds.id}-${row.id}`, at: to.anchor, lines: [to.name, cellText(ds, row, layer.size, ctx.locale)], anchor: 'middle', cls: 'map__value' });
  }
  ctx.put.legends({
    id: `flows-${ds.id}`,
    title: say(ctx, layer.legend.title),
    items: layer.legend.values.filter((n) => n <= top * 1.2).map((n) => ({ cls: 'map__flow-key', label: say(ctx, layer.legend.item, { n: formatCount(n, ctx.locale) }), width: width(n) })),
  });
};

const segments: Drawer<'segments'> = (layer, ctx) => {
  const ds = dataOf(ctx, layer.dataset);
  for (const row of ds.rows) ctx.put.paths({ id: `segment-${ds.id}-${row.id}`, d: ctx.countyStretch(str(ds, row, layer.county)), cls: 'map__crossing' });
};

const points: Drawer<'points'> = (layer, ctx) => {
  const ds = dataOf(ctx, layer.dataset);
  for (const row of ds.rows) {
    const at = ctx.project([num(ds, row, layer.lon), num(ds, row, layer.lat)]);
    ctx.put.points({ id: `point-${ds.id}-${row.id}`, at, shape: layer.shape, cls: `map__point map__point--${str(ds, row, layer.style)}` });
    ctx.put.labels({ id: `point-${ds.id}-${row.id}`, at, lines: [str(ds, row, layer.label)], anchor: 'start', cls: 'map__place' });
  }
};

const labels: Drawer<'labels'> = (layer, ctx) => {
  const ds = dataOf(ctx, layer.dataset);
  for (const row of ds.rows) ctx.put.labels({ id: `label-${ds.id}-${row.id}`, at: ctx.project([num(ds, row, layer.lon), num(ds, row, layer.lat)]), lines: nameLines(str(ds, row, layer.label)), anchor: 'middle', cls: 'map__place' });
};

const note: Drawer<'note'> = (layer, ctx) => ctx.put.notes({ id: `note-${ctx.entry.id}-${layer.text}`, text: say(ctx, layer.text) });

/** The drawer of each layer kind. */
export const DRAWERS: { [K in MapLayer['kind']]: Drawer<K> } = { outline, choropleth, categories, flows, segments, points, labels, note };

export function drawLayer(layer: MapLayer, ctx: DrawContext): void {
  (DRAWERS[layer.kind] as Drawer<MapLayer['kind']>)(layer as never, ctx);
}
