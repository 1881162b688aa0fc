// Lays out every mark a map figure can draw, each tagged with the states it shows in (and is
// emphasised in). Each state's entry (content/maps) lists its layers; marks.ts draws each kind,
// and a mark two states draw alike (a flow kept as context, an outline) is one mark shown in
// both. Pure: entries, datasets and projected geometry in, a plain JSON-serialisable layout out;
// the renderer only prints it, CSS colours it.
import type { Dataset } from '../../schemas/dataset';
import type { Locale } from '../i18n/locales';
import { branch, t } from '../i18n/messages';
import { placeLabels, type LabelRequest } from './labels';
import { drawLayer, type DrawContext } from './marks';
import { stateText } from './derive';
import type { MapBase, Point } from './geometry';
import type { MapState, MapStates } from './states';
import type { MapLayout, Visibility } from './layout';

export { binOf, MAX_FLOW_WIDTH, spreadStarts } from './marks';

export type { AreaMark, FlowMark, LabelMark, LegendMark, MapLayout, NoteMark, PathMark, PointMark, Visibility } from './layout';

type MarkList = keyof Omit<MapLayout, 'states' | 'borderEmph' | 'describe'>;

/** What the layout needs besides entries and data: the base map and its projections. */
export interface MapGeometry {
  base: MapBase;
  project: (lonLat: Point) => Point;
  /** The border stretch along a US county (FIPS code), as an SVG path in map px. */
  countyStretch: (fips: string) => string;
}

/** Fixed positions of the two country names (lon/lat), chosen clear of every data mark. */
const COUNTRY_LABELS: { id: 'us' | 'mx'; lonLat: Point }[] = [
  { id: 'us', lonLat: [-100.2, 36.1] },
  { id: 'mx', lonLat: [-97.2, 17.6] },
];

/** The key that makes two states' marks the same mark. */
const keyOf = (m: object) => ('id' in m ? String(m.id) : `${(m as { area: string }).area}|${(m as { cls: string }).cls}`);

export function layoutMap(geo: MapGeometry, states: MapState[], entries: MapStates, datasets: Readonly<Record<string, Dataset>>, locale: Locale = 'en'): MapLayout {
  const tr = t(locale);
  // Area names in the edition's language where they differ ("Nuevo México"); Mexican states keep their own names.
  const names = branch(locale, 'map.areaNames') as Record<string, string>;
  const layout: MapLayout = { states, borderEmph: [], fills: [], outlines: [], paths: [], flows: [], points: [], labels: [], legends: [], notes: [], describe: {} };
  const area = (id: string) => {
    const a = geo.base.areas.find((x) => x.id === id);
    if (!a) throw new Error(`the map has no area "${id}"`);
    return { ...a, name: names[a.id] ?? a.name };
  };
  for (const c of COUNTRY_LABELS) layout.labels.push({ id: `country-${c.id}`, at: geo.project(c.lonLat), lines: [tr(`map.countries.${c.id}`)], anchor: 'middle', cls: 'map__country' });

  const seen = new Map<MarkList, Map<string, Visibility>>();
  for (const state of states) {
    const entry = entries.get(state);
    if (!entry) throw new Error(`unknown map state "${state}"`);
    const put = (list: MarkList) => (mark: object, emph?: boolean) => {
      const byKey = seen.get(list) ?? seen.set(list, new Map()).get(list)!;
      const key = keyOf(mark);
      const known = byKey.get(key);
      const flagged = list === 'flows' ? (emph ? [state] : []) : undefined;
      if (!known) {
        const m = { ...mark, states: [state], ...(flagged ? { emph: flagged } : {}) } as Visibility;
        byKey.set(key, m);
        (layout[list] as Visibility[]).push(m);
        return;
      }
      if (!known.states!.includes(state)) known.states!.push(state);
      if (flagged && emph && !known.emph!.includes(state)) known.emph!.push(state);
    };
    const ctx: DrawContext = {
      entry,
      datasets,
      text: entry.text,
      locale,
      area,
      project: geo.project,
      countyStretch: geo.countyStretch,
      put: { fills: put('fills'), outlines: put('outlines'), paths: put('paths'), flows: put('flows'), points: put('points'), labels: put('labels'), legends: put('legends'), notes: put('notes') },
    };
    for (const layer of entry.layers) drawLayer(layer, ctx);
    if (entry.border === 'emphasised') layout.borderEmph.push(state);
    layout.describe[state] = stateText(entry, 'describe', ctx);
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
