// Lays out every mark a map figure can draw, each tagged with the states it shows in (and is
// emphasised in), from sourced datasets. Pure: data and projected geometry in, a plain
// JSON-serialisable layout out; the renderer only prints it and CSS only colours it.
import { extent, max } from 'd3-array';
import type { Dataset, Row } from '../../schemas/dataset';
import { formatCount, formatShare } from '../format/value';
import { US_BORDER_STATES, MX_BORDER_STATES } from './codes';
import { flowShape } from './flows';
import { placeLabels, type LabelRequest } from './labels';
import type { MapBase, Point } from './geometry';
import type { MapState } from './states';

export interface Visibility {
  /** States the mark is drawn in; absent: always. */
  states?: MapState[];
  /** States the mark is emphasised in. */
  emph?: MapState[];
}
export interface AreaMark extends Visibility { area: string; cls: string }
export interface PathMark extends Visibility { id: string; d: string; cls: string }
export interface FlowMark extends Visibility { id: string; d: string; head: string; width: number }
export interface PointMark extends Visibility { id: string; at: Point; cls: string }
export interface LabelMark extends Visibility { id: string; at: Point; lines: string[]; anchor: 'start' | 'middle' | 'end'; cls: string }
export interface LegendMark extends Visibility { id: string; title: string; items: { cls: string; label: string; width?: number }[] }
export interface NoteMark extends Visibility { id: string; text: string }

export interface MapLayout {
  states: MapState[];
  fills: AreaMark[];
  outlines: AreaMark[];
  paths: PathMark[];
  flows: FlowMark[];
  points: PointMark[];
  labels: LabelMark[];
  legends: LegendMark[];
  notes: NoteMark[];
  /** One plain sentence per state saying what the map shows (for the figure's text alternative). */
  describe: Partial<Record<MapState, string>>;
}

export interface MapData {
  sources?: Dataset;
  corridors?: Dataset;
  crossings?: { dataset: Dataset; stretches: Record<string, string> };
  cartelShare?: Dataset;
  places?: { dataset: Dataset; project: (lonLat: Point) => Point }[];
  dealers?: Dataset;
  saleRules?: Dataset;
}

/** Class breaks for guns traced to a first sale in a state (a fixed, readable scale). */
export const SOURCE_BREAKS = [1000, 2500, 5000] as const;
/** Widest corridor line, in map px. */
export const MAX_FLOW_WIDTH = 14;
/** Fixed positions of the two country names (lon/lat), chosen clear of every data mark. */
const COUNTRY_LABELS: { id: string; text: string; lonLat: Point }[] = [
  { id: 'us', text: 'UNITED STATES', lonLat: [-100.2, 36.1] },
  { id: 'mx', text: 'MEXICO', lonLat: [-97.2, 17.6] },
];

function value(ds: Dataset, row: Row, key: string): unknown {
  if (!ds.fields.some((f) => f.key === key)) throw new Error(`dataset "${ds.id}" has no field "${key}"`);
  return row[key];
}
const num = (ds: Dataset, row: Row, key: string): number => {
  const v = value(ds, row, key);
  if (typeof v !== 'number') throw new Error(`dataset "${ds.id}" row "${row.id}": ${key} is not a number`);
  return v;
};
const str = (ds: Dataset, row: Row, key: string): string => {
  const v = value(ds, row, key);
  if (typeof v !== 'string') throw new Error(`dataset "${ds.id}" row "${row.id}": ${key} is not text`);
  return v;
};

/** Only keeps the states a figure shows; a mark shown in none of them is dropped. */
function within(states: MapState[], list: MapState[]): MapState[] {
  return list.filter((s) => states.includes(s));
}

export function binOf(count: number): number {
  return SOURCE_BREAKS.filter((b) => count >= b).length + 1;
}

export function layoutMap(base: MapBase, states: MapState[], data: MapData, project: (lonLat: Point) => Point): MapLayout {
  const layout: MapLayout = { states, fills: [], outlines: [], paths: [], flows: [], points: [], labels: [], legends: [], notes: [], describe: {} };
  const area = (id: string) => {
    const a = base.areas.find((x) => x.id === id);
    if (!a) throw new Error(`the map has no area "${id}"`);
    return a;
  };
  const show = (list: MapState[]) => within(states, list);
  const add = <T extends Visibility>(into: T[], mark: T) => {
    if (!mark.states || mark.states.length > 0) into.push(mark);
  };

  for (const c of COUNTRY_LABELS) add(layout.labels, { id: `country-${c.id}`, at: project(c.lonLat), lines: [c.text], anchor: 'middle', cls: 'map__country' });
  layout.describe.border = 'The map shows the United States and Mexico, with the border between them drawn as one line from the Pacific Ocean to the Gulf of Mexico.';

  const borderStates = show(['border-states', 'dealers']);
  for (const id of US_BORDER_STATES) {
    const a = area(id);
    add(layout.outlines, { area: id, cls: 'map__outline map__outline--us', states: borderStates });
    add(layout.labels, { id: `name-${id}`, at: a.anchor, lines: [a.name], anchor: 'middle', cls: 'map__name', states: show(['border-states']) });
  }
  for (const id of MX_BORDER_STATES) {
    const a = area(id);
    add(layout.outlines, { area: id, cls: 'map__outline map__outline--mx', states: show(['border-states']) });
    add(layout.labels, { id: `name-${id}`, at: a.anchor, lines: [a.name], anchor: 'middle', cls: 'map__name map__name--mx', states: show(['border-states']) });
  }
  layout.describe['border-states'] = 'Outlined: the four US states on the border (California, Arizona, New Mexico and Texas) and the six Mexican states across from them.';

  if (data.sources) addSources(layout, base, data.sources, show, add, area);
  if (data.saleRules && data.sources) addSaleRules(layout, data.saleRules, data.sources, show, add, area);
  if (data.corridors) addCorridors(layout, data.corridors, show, add, area);
  if (data.crossings) addCrossings(layout, data.crossings, show, add);
  if (data.cartelShare) {
    const ds = data.cartelShare;
    const [lo, hi] = extent(ds.rows, (r) => num(ds, r, 'share')) as [number, number];
    const range = lo === hi ? formatShare(lo) : `${formatShare(lo).replace('%', '')}–${formatShare(hi)}`;
    add(layout.notes, { id: 'cartel-share', text: `${range} of the guns traced to a US sale were recovered in Mexican states dominated by the Sinaloa cartel or the CJNG.`, states: show(['cartel-share']) });
    layout.describe['cartel-share'] = `The corridor arrows stay on the map; a note says ${range} of traced guns were recovered in states dominated by the Sinaloa cartel or the CJNG. No state is shaded by cartel, because the sources do not say which states they counted.`;
  }
  for (const { dataset: ds, project: p } of data.places ?? []) addPlaces(layout, ds, p, show, add);
  if (data.dealers) {
    const ds = data.dealers;
    const row = ds.rows.at(-1)!;
    add(layout.notes, { id: 'dealers', text: `About ${formatCount(num(ds, row, 'ffls'))} licensed gun dealers in the US Southwest border region (${num(ds, row, 'year')}).`, states: show(['dealers']) });
    layout.describe.dealers = 'The four US border states are outlined, with a note giving the number of licensed gun dealers there, and the two army stores stay marked in Mexico.';
  }
  placeAll(layout);
  return layout;
}

/**
 * Corridors leaving the same state start side by side instead of from one point: starts are
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
      out.set(f.id, [Math.round((f.from[0] + px * k) * 10) / 10, Math.round((f.from[1] + py * k) * 10) / 10]);
    });
  }
  return out;
}

/** Moves labels off each other, state by state, around arrowheads and points of the same state. */
function placeAll(layout: MapLayout): void {
  const placed = new Set<string>();
  const shownIn = (m: Visibility, s: MapState) => !m.states || m.states.includes(s);
  const box = (p: Point, r: number): [number, number, number, number] => [p[0] - r, p[1] - r, p[0] + r, p[1] + r];
  for (const state of layout.states) {
    const obstacles = [
      ...layout.flows.filter((f) => shownIn(f, state)).map((f) => box(headTip(f.head), 10)),
      ...layout.points.filter((p) => shownIn(p, state)).map((p) => box(p.at, 8)),
    ];
    const labels = layout.labels.filter((l) => shownIn(l, state));
    const requests: LabelRequest[] = labels.map((l) => ({ id: l.id, at: l.at, lines: l.lines, fixed: placed.has(l.id) || l.cls.includes('map__country'), anchor: l.anchor }));
    for (const p of placeLabels(requests, obstacles)) {
      const label = labels.find((l) => l.id === p.id)!;
      if (!placed.has(label.id)) Object.assign(label, { at: p.at, anchor: p.anchor });
      placed.add(label.id);
    }
  }
}

/** The tip of an arrowhead path ("M x,y L..."). */
function headTip(head: string): Point {
  const [x, y] = head.slice(1).split(/[L,]/).map(Number);
  return [x ?? 0, y ?? 0];
}

type Show = (list: MapState[]) => MapState[];
type Add = <T extends Visibility>(into: T[], mark: T) => void;
type AreaOf = (id: string) => MapBase['areas'][number];

function addSources(layout: MapLayout, _base: MapBase, ds: Dataset, show: Show, add: Add, area: AreaOf) {
  const states = show(['sources']);
  for (const row of ds.rows) {
    const id = str(ds, row, 'stateCode');
    const count = num(ds, row, 'count');
    const a = area(id);
    add(layout.fills, { area: id, cls: `map__bin map__bin--${binOf(count)}`, states });
    add(layout.labels, { id: `source-${id}`, at: a.anchor, lines: [a.name, formatCount(count)], anchor: 'middle', cls: 'map__value', states });
  }
  const b = SOURCE_BREAKS.map(formatCount);
  add(layout.legends, {
    id: 'sources',
    title: 'Guns traced to a first sale in the state, 2022–2023',
    items: [
      { cls: 'map__bin--1', label: `under ${b[0]}` },
      { cls: 'map__bin--2', label: `${b[0]}–${formatCount(SOURCE_BREAKS[1] - 1)}` },
      { cls: 'map__bin--3', label: `${b[1]}–${formatCount(SOURCE_BREAKS[2] - 1)}` },
      { cls: 'map__bin--4', label: `${b[2]} or more` },
      { cls: 'map__bin--none', label: 'no count published' },
    ],
    states,
  });
  const order = [...ds.rows].sort((x, y) => num(ds, y, 'count') - num(ds, x, 'count')).map((r) => str(ds, r, 'state'));
  layout.describe.sources = `Shaded by guns traced to a first sale there: ${order.join(', then ')}. Other states have no published count.`;
}

function addSaleRules(layout: MapLayout, rules: Dataset, sources: Dataset, show: Show, add: Add, area: AreaOf) {
  const states = show(['sale-rules']);
  const shares = new Map(sources.rows.map((r) => [str(sources, r, 'stateCode'), r.share]));
  for (const row of rules.rows) {
    const id = str(rules, row, 'stateCode');
    const required = str(rules, row, 'privateSaleCheck') !== 'not required';
    const a = area(id);
    const share = shares.get(id);
    add(layout.fills, { area: id, cls: `map__rule map__rule--${required ? 'check' : 'none'}`, states });
    add(layout.labels, { id: `rule-${id}`, at: a.anchor, lines: [a.name, typeof share === 'number' ? formatShare(share) : 'share not published'], anchor: 'middle', cls: 'map__value', states });
  }
  add(layout.legends, {
    id: 'sale-rules',
    title: 'Private gun sales between unlicensed people; labels: share of guns traced from Mexico to a first sale in the state, 2022–2023',
    items: [
      { cls: 'map__rule--check', label: 'background check required' },
      { cls: 'map__rule--none', label: 'no check required' },
    ],
    states,
  });
  const named = (req: boolean) => rules.rows.filter((r) => (str(rules, r, 'privateSaleCheck') !== 'not required') === req).map((r) => str(rules, r, 'state'));
  layout.describe['sale-rules'] = `${named(true).join(' and ')} are hatched: private sales there need a background check. ${named(false).join(' and ')} are solid: they need none. Each is labelled with its share of traced guns.`;
}

function addCorridors(layout: MapLayout, ds: Dataset, show: Show, add: Add, area: AreaOf) {
  const states = show(['corridors', 'cartel-share']);
  const emph = show(['corridors']);
  const top = max(ds.rows, (r) => num(ds, r, 'count')) ?? 1;
  const width = (n: number) => Math.round((n / top) * MAX_FLOW_WIDTH * 10) / 10;
  const starts = spreadStarts(ds.rows.map((r) => ({ id: r.id, from: area(str(ds, r, 'from')).anchor, to: area(str(ds, r, 'to')).anchor })), MAX_FLOW_WIDTH + 2);
  for (const row of ds.rows) {
    const to = area(str(ds, row, 'to'));
    const count = num(ds, row, 'count');
    const shape = flowShape(starts.get(row.id)!, to.anchor, width(count));
    add(layout.flows, { id: row.id, d: shape.d, head: shape.head, width: width(count), states, emph });
    add(layout.outlines, { area: to.id, cls: 'map__outline map__outline--dest', states });
    add(layout.labels, { id: `flow-${row.id}`, at: to.anchor, lines: [to.name, formatCount(count)], anchor: 'middle', cls: 'map__value', states: emph });
  }
  const ref = [500, 1500].filter((n) => n <= top * 1.2);
  add(layout.legends, {
    id: 'corridors',
    title: 'Traced guns from the state of first sale to the state of recovery, 2022–2023 (line width)',
    items: ref.map((n) => ({ cls: 'map__flow-key', label: `${formatCount(n)} guns`, width: width(n) })),
    states,
  });
  const list = ds.rows.map((r) => `${str(ds, r, 'fromName')} to ${str(ds, r, 'toName')}`).join(', ');
  layout.describe.corridors = `Arrows, widest first: ${list}. They join where guns were sold and where they were recovered, not the roads between.`;
}

function addCrossings(layout: MapLayout, { dataset: ds, stretches }: NonNullable<MapData['crossings']>, show: Show, add: Add) {
  const states = show(['crossings']);
  for (const row of ds.rows) {
    const d = stretches[row.id];
    if (!d) throw new Error(`no border stretch for crossing "${row.id}"`);
    add(layout.paths, { id: `crossing-${row.id}`, d, cls: 'map__crossing', states });
  }
  layout.describe.crossings = `Marked on the border: ${ds.rows.map((r) => str(ds, r, 'crossing').replace(' – ', ' to ')).join('; ')}.`;
}

function addPlaces(layout: MapLayout, ds: Dataset, project: (p: Point) => Point, show: Show, add: Add) {
  for (const row of ds.rows) {
    const kind = str(ds, row, 'kind');
    const states = show(kind === 'army-store' ? ['stores', 'dealers'] : ['villa-union']);
    const at = project([num(ds, row, 'longitude'), num(ds, row, 'latitude')]);
    add(layout.points, { id: `place-${row.id}`, at, cls: `map__point map__point--${kind}`, states });
    add(layout.labels, { id: `place-${row.id}`, at, lines: [str(ds, row, 'label')], anchor: 'start', cls: 'map__place', states });
  }
  if (ds.rows.some((r) => r.kind === 'army-store')) layout.describe.stores = `Marked: Mexico's ${ds.rows.length === 2 ? 'two' : String(ds.rows.length)} army gun stores, ${ds.rows.map((r) => str(ds, r, 'label')).join(' and ')}.`;
  else layout.describe['villa-union'] = `Marked: ${ds.rows.map((r) => str(ds, r, 'label')).join(', ')}.`;
}
