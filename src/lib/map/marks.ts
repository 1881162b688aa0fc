// Marks drawn from each kind of dataset (source states, sale rules, corridors, crossings, places),
// called by layoutMap() in layers.ts. Each adds marks tagged with the states they belong to,
// plus a legend and a plain-language description of the picture.
import { max } from 'd3-array';
import type { Dataset, Row } from '../../schemas/dataset';
import { formatCount, formatShare } from '../format/value';
import type { Locale } from '../i18n/locales';
import { t, type Translate } from '../i18n/messages';
import { flowShape } from './flows';
import type { MapBase, Point } from './geometry';
import type { MapData, MapLayout, Visibility } from './layers';
import type { MapState } from './states';
import { r1 } from '../format/round';
import { nameLines } from './labels';
import { num as cellNum, required, str as cellStr } from '../data/rows';

/** Class breaks for guns traced to a first sale in a state (a fixed, readable scale). */
export const SOURCE_BREAKS = [1000, 2500, 5000] as const;
/** Widest corridor line, in map px. */
export const MAX_FLOW_WIDTH = 14;
/** Map cells always have a value: a gap in a map dataset is an error. */
export const num = (ds: Dataset, row: Row, key: string): number => required(cellNum(ds, row, key), ds, row, key);
export const str = (ds: Dataset, row: Row, key: string): string => required(cellStr(ds, row, key), ds, row, key);

export function binOf(count: number): number {
  return SOURCE_BREAKS.filter((b) => count >= b).length + 1;
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
      out.set(f.id, [r1(f.from[0] + px * k), r1(f.from[1] + py * k)]);
    });
  }
  return out;
}

export type Show = (list: MapState[]) => MapState[];
export type Add = <T extends Visibility>(into: T[], mark: T) => void;
export type AreaOf = (id: string) => MapBase['areas'][number];

/** "A, B and C" in the edition's words. */

export function addSources(layout: MapLayout, ds: Dataset, show: Show, add: Add, area: AreaOf, locale: Locale = 'en') {
  const tr = t(locale);
  const fc = (n: number) => formatCount(n, locale);
  const states = show(['sources']);
  for (const row of ds.rows) {
    const id = str(ds, row, 'stateCode');
    const count = num(ds, row, 'count');
    const a = area(id);
    add(layout.fills, { area: id, cls: `map__bin map__bin--${binOf(count)}`, states });
    add(layout.labels, { id: `source-${id}`, at: a.anchor, lines: [...nameLines(a.name), fc(count)], anchor: 'middle', cls: 'map__value', states });
  }
  const b = SOURCE_BREAKS.map(fc);
  add(layout.legends, {
    id: 'sources',
    title: tr('map.sourcesTitle'),
    items: [
      { cls: 'map__bin--1', label: tr('map.under', { n: b[0]! }) },
      { cls: 'map__bin--2', label: `${b[0]}–${fc(SOURCE_BREAKS[1] - 1)}` },
      { cls: 'map__bin--3', label: `${b[1]}–${fc(SOURCE_BREAKS[2] - 1)}` },
      { cls: 'map__bin--4', label: tr('map.orMore', { n: b[2]! }) },
      { cls: 'map__bin--none', label: tr('map.noCount') },
    ],
    states,
  });
  const order = [...ds.rows].sort((x, y) => num(ds, y, 'count') - num(ds, x, 'count')).map((r) => str(ds, r, 'state'));
  layout.describe.sources = tr('map.sourcesDescribe', { order: order.length ? order.reduce((list, next) => tr('map.then', { list, next })) : '' });
}

export function addSaleRules(layout: MapLayout, rules: Dataset, sources: Dataset, show: Show, add: Add, area: AreaOf, locale: Locale = 'en') {
  const tr = t(locale);
  const states = show(['sale-rules']);
  const shares = new Map(sources.rows.map((r) => [str(sources, r, 'stateCode'), r.share]));
  for (const row of rules.rows) {
    const id = str(rules, row, 'stateCode');
    const required = str(rules, row, 'privateSaleCheck') !== 'not required';
    const a = area(id);
    const share = shares.get(id);
    add(layout.fills, { area: id, cls: `map__rule map__rule--${required ? 'check' : 'none'}`, states });
    add(layout.labels, { id: `rule-${id}`, at: a.anchor, lines: [...nameLines(a.name), typeof share === 'number' ? formatShare(share, locale) : tr('map.shareMissing')], anchor: 'middle', cls: 'map__value', states });
  }
  add(layout.legends, {
    id: 'sale-rules',
    title: tr('map.rulesTitle'),
    items: [
      { cls: 'map__rule--check', label: tr('map.checkRequired') },
      { cls: 'map__rule--none', label: tr('map.noCheck') },
    ],
    states,
  });
  const named = (req: boolean) => rules.rows.filter((r) => (str(rules, r, 'privateSaleCheck') !== 'not required') === req).map((r) => str(rules, r, 'state'));
  layout.describe['sale-rules'] = tr('map.rulesDescribe', { checked: named(true).join(` ${tr('map.listAnd', { list: '', last: '' }).trim()} `), unchecked: named(false).join(` ${tr('map.listAnd', { list: '', last: '' }).trim()} `) });
}

export function addCorridors(layout: MapLayout, ds: Dataset, show: Show, add: Add, area: AreaOf, locale: Locale = 'en') {
  const tr = t(locale);
  const states = show(['corridors', 'cartel-share']);
  const emph = show(['corridors']);
  const top = max(ds.rows, (r) => num(ds, r, 'count')) ?? 1;
  const width = (n: number) => r1((n / top) * MAX_FLOW_WIDTH);
  const starts = spreadStarts(ds.rows.map((r) => ({ id: r.id, from: area(str(ds, r, 'from')).anchor, to: area(str(ds, r, 'to')).anchor })), MAX_FLOW_WIDTH + 2);
  for (const row of ds.rows) {
    const to = area(str(ds, row, 'to'));
    const count = num(ds, row, 'count');
    const shape = flowShape(starts.get(row.id)!, to.anchor, width(count));
    add(layout.flows, { id: row.id, d: shape.d, head: shape.head, width: width(count), states, emph });
    add(layout.outlines, { area: to.id, cls: 'map__outline map__outline--dest', states });
    add(layout.labels, { id: `flow-${row.id}`, at: to.anchor, lines: [to.name, formatCount(count, locale)], anchor: 'middle', cls: 'map__value', states: emph });
  }
  const ref = [500, 1500].filter((n) => n <= top * 1.2);
  add(layout.legends, {
    id: 'corridors',
    title: tr('map.corridorsTitle'),
    items: ref.map((n) => ({ cls: 'map__flow-key', label: tr('map.guns', { n: formatCount(n, locale) }), width: width(n) })),
    states,
  });
  const list = ds.rows.map((r) => tr('map.route', { from: str(ds, r, 'fromName'), to: str(ds, r, 'toName') })).join(', ');
  layout.describe.corridors = tr('map.corridorsDescribe', { list });
}

export function addCrossings(layout: MapLayout, { dataset: ds, stretches }: NonNullable<MapData['crossings']>, show: Show, add: Add, locale: Locale = 'en') {
  const tr = t(locale);
  const states = show(['crossings']);
  for (const row of ds.rows) {
    const d = stretches[row.id];
    if (!d) throw new Error(`no border stretch for crossing "${row.id}"`);
    add(layout.paths, { id: `crossing-${row.id}`, d, cls: 'map__crossing', states });
  }
  const route = (crossing: string) => {
    const [from, ...rest] = crossing.split(' – ');
    return rest.length ? tr('map.route', { from: from!, to: rest.join(' – ') }) : crossing;
  };
  layout.describe.crossings = tr('map.crossingsDescribe', { list: ds.rows.map((r) => route(str(ds, r, 'crossing'))).join('; ') });
}

export function addPlaces(layout: MapLayout, ds: Dataset, project: (p: Point) => Point, show: Show, add: Add, locale: Locale = 'en') {
  const tr = t(locale);
  for (const row of ds.rows) {
    const kind = str(ds, row, 'kind');
    const states = show(kind === 'army-store' ? ['stores', 'dealers'] : ['villa-union']);
    const at = project([num(ds, row, 'longitude'), num(ds, row, 'latitude')]);
    add(layout.points, { id: `place-${row.id}`, at, cls: `map__point map__point--${kind}`, states });
    add(layout.labels, { id: `place-${row.id}`, at, lines: [str(ds, row, 'label')], anchor: 'start', cls: 'map__place', states });
  }
  if (ds.rows.some((r) => r.kind === 'army-store')) layout.describe.stores = tr('map.storesDescribe', { n: ds.rows.length === 2 ? tr('map.two') : String(ds.rows.length), list: ds.rows.map((r) => str(ds, r, 'label')).join(` ${tr('map.listAnd', { list: '', last: '' }).trim()} `) });
  else layout.describe['villa-union'] = tr('map.placesDescribe', { list: ds.rows.map((r) => str(ds, r, 'label')).join(', ') });
}
