// Lays out every mark a map figure can draw, each tagged with the states it shows in (and is
// emphasised in), from sourced datasets (marks.ts draws each kind). Pure: data and projected
// geometry in, a plain JSON-serialisable layout out; the renderer only prints it, CSS colours it.
import type { Locale } from '../i18n/locales';
import { branch, t } from '../i18n/messages';
import { extent } from 'd3-array';
import type { Dataset } from '../../schemas/dataset';
import { formatCount, formatShare } from '../format/value';
import { US_BORDER_STATES, MX_BORDER_STATES } from './codes';
import { addCorridors, addCrossings, addPlaces, addSaleRules, addSources, num, type AreaOf } from './marks';

export { binOf, MAX_FLOW_WIDTH, SOURCE_BREAKS, spreadStarts } from './marks';
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

/** Fixed positions of the two country names (lon/lat), chosen clear of every data mark. */
const COUNTRY_LABELS: { id: 'us' | 'mx'; lonLat: Point }[] = [
  { id: 'us', lonLat: [-100.2, 36.1] },
  { id: 'mx', lonLat: [-97.2, 17.6] },
];

/** Only keeps the states a figure shows; a mark shown in none of them is dropped. */
function within(states: MapState[], list: MapState[]): MapState[] {
  return list.filter((s) => states.includes(s));
}

export function layoutMap(base: MapBase, states: MapState[], data: MapData, project: (lonLat: Point) => Point, locale: Locale = 'en'): MapLayout {
  const tr = t(locale);
  // Area names in the edition's language where they differ ("Nuevo México"); Mexican states keep their own names.
  const names = branch(locale, 'map.areaNames') as Record<string, string>;
  const nameOf = (a: { id: string; name: string }) => names[a.id] ?? a.name;
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

  for (const c of COUNTRY_LABELS) add(layout.labels, { id: `country-${c.id}`, at: project(c.lonLat), lines: [tr(`map.countries.${c.id}`)], anchor: 'middle', cls: 'map__country' });
  layout.describe.border = tr('map.border');

  const borderStates = show(['border-states', 'dealers']);
  for (const id of US_BORDER_STATES) {
    const a = area(id);
    add(layout.outlines, { area: id, cls: 'map__outline map__outline--us', states: borderStates });
    add(layout.labels, { id: `name-${id}`, at: a.anchor, lines: [nameOf(a)], anchor: 'middle', cls: 'map__name', states: show(['border-states']) });
  }
  for (const id of MX_BORDER_STATES) {
    const a = area(id);
    add(layout.outlines, { area: id, cls: 'map__outline map__outline--mx', states: show(['border-states']) });
    add(layout.labels, { id: `name-${id}`, at: a.anchor, lines: [nameOf(a)], anchor: 'middle', cls: 'map__name map__name--mx', states: show(['border-states']) });
  }
  layout.describe['border-states'] = tr('map.borderStates');

  const named: AreaOf = (id) => {
    const a = area(id);
    return { ...a, name: nameOf(a) };
  };
  if (data.sources) addSources(layout, data.sources, show, add, named, locale);
  if (data.saleRules && data.sources) addSaleRules(layout, data.saleRules, data.sources, show, add, named, locale);
  if (data.corridors) addCorridors(layout, data.corridors, show, add, named, locale);
  if (data.crossings) addCrossings(layout, data.crossings, show, add, locale);
  if (data.cartelShare) {
    const ds = data.cartelShare;
    const [lo, hi] = extent(ds.rows, (r) => num(ds, r, 'share')) as [number, number];
    const range = lo === hi ? formatShare(lo, locale) : `${formatShare(lo, locale).replace('%', '')}–${formatShare(hi, locale)}`;
    add(layout.notes, { id: 'cartel-share', text: tr('map.cartelNote', { range }), states: show(['cartel-share']) });
    layout.describe['cartel-share'] = tr('map.cartelDescribe', { range });
  }
  for (const { dataset: ds, project: p } of data.places ?? []) addPlaces(layout, ds, p, show, add, locale);
  if (data.dealers) {
    const ds = data.dealers;
    const row = ds.rows.at(-1)!;
    add(layout.notes, { id: 'dealers', text: tr('map.dealersNote', { n: formatCount(num(ds, row, 'ffls'), locale), year: num(ds, row, 'year') }), states: show(['dealers']) });
    layout.describe.dealers = tr('map.dealersDescribe');
  }
  placeAll(layout);
  return layout;
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
