// Chart types for counts reported by several sources about one subject:
// `period-counts`: each published count drawn over the period it covers (the periods
//   overlap, so they are never summed or joined), e.g. .50-caliber rifles seized.
//   Roles: label, period, source, start, end, total, rifles, barrett. Texts: total {n} {parts},
//   rifles {n}, barrett {n}, riflesBarrett {n} {barrett}, barrettRifles {n}, noCount, axis,
//   item {label} {sub} {value}, desc {items}. Marks: row-<id>.
// `accounts`: how a reported toll changed from account to account (deaths; vehicles as a
//   count or a range), in reporting order. Roles: date, account, publisher, deaths, vehiclesLow,
//   vehiclesHigh; optional vehiclesNote. Options: domain [min, max]. Texts: undated, dead {n},
//   atLeastVehicles {n}, vehicles {n}, vehicleRange {low} {high}, deaths, vehiclesReported,
//   axis, desc {deaths} {vehicles}. Marks: group-deaths, group-vehicles.
import type { Dataset } from '../../../schemas/dataset';
import { formatDate } from '../../format/value';
import { num, str, yearOf } from '../data';
import { count } from '../describe';
import { layoutRange, type RangeLayout, type RangeRow } from '../range';
import { VARIANTS, type Variant } from '../scales';
import type { Built, ChartContext } from './context';

/** "554 firearms (496 rifles, 227 Barrett)", "831 rifles (519 Barrett)", "215 Barrett rifles". */
function countText(total: number | null, rifles: number | null, barrett: number | null, c: ChartContext): string {
  const n = (v: number) => count(v, c.locale);
  if (total !== null) return c.say('total', { n: n(total), parts: [rifles !== null ? c.say('rifles', { n: n(rifles) }) : null, barrett !== null ? c.say('barrett', { n: n(barrett) }) : null].filter(Boolean).join(', ') });
  if (rifles !== null) return barrett !== null ? c.say('riflesBarrett', { n: n(rifles), barrett: n(barrett) }) : c.say('rifles', { n: n(rifles) });
  if (barrett !== null) return c.say('barrettRifles', { n: n(barrett) });
  return c.say('noCount');
}

export function periodCounts([ds]: Dataset[], c: ChartContext): Built<RangeLayout> {
  const d = ds!;
  const rows: RangeRow[] = d.rows.map((row) => ({
    id: row.id,
    label: str(d, row, c.field('label')) ?? '',
    sub: `${str(d, row, c.field('period'))} · ${str(d, row, c.field('source'))}`,
    low: yearOf(str(d, row, c.field('start'))!),
    high: yearOf(str(d, row, c.field('end'))!, true),
    valueText: countText(num(d, row, c.field('total')), num(d, row, c.field('rifles')), num(d, row, c.field('barrett')), c),
  }));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'year', label: c.say('axis') } }, v)])) as Record<Variant, RangeLayout>;
  const desc = c.say('desc', { items: rows.map((r) => c.say('item', { label: r.label, sub: r.sub ?? '', value: r.valueText })).join(' ') });
  return { layouts, states: c.states(), desc };
}

export function accounts([ds]: Dataset[], c: ChartContext): Built<RangeLayout> {
  const d = ds!;
  const n = (v: number) => count(v, c.locale);
  const when = (date: string | null) => (date ? formatDate(date, c.locale) : c.say('undated'));
  const noteKey = c.optional('vehiclesNote');
  const deaths: RangeRow[] = [];
  const vehicles: RangeRow[] = [];
  for (const row of d.rows) {
    const sub = `${when(str(d, row, c.field('date')))} · ${str(d, row, c.field('publisher'))}`;
    const account = str(d, row, c.field('account'));
    const dead = num(d, row, c.field('deaths'));
    if (dead !== null) deaths.push({ id: `deaths-${row.id}`, label: account ?? row.id, sub, central: dead, valueText: c.say('dead', { n: n(dead) }), group: 'deaths' });
    const lo = num(d, row, c.field('vehiclesLow'));
    const hi = num(d, row, c.field('vehiclesHigh'));
    if (lo !== null) {
      const text = hi === null ? c.say('atLeastVehicles', { n: n(lo) }) : hi === lo ? c.say('vehicles', { n: n(lo) }) : c.say('vehicleRange', { low: n(lo), high: n(hi) });
      vehicles.push({ id: `vehicles-${row.id}`, label: (noteKey && str(d, row, noteKey)) ?? account ?? row.id, sub, low: lo, high: hi ?? undefined, central: hi === null || hi === lo ? lo : null, openHigh: hi === null, valueText: text, group: 'vehicles' });
    }
  }
  const groups = [
    { key: 'deaths', label: c.say('deaths') },
    { key: 'vehicles', label: c.say('vehiclesReported') },
  ];
  const rows = [...deaths, ...vehicles];
  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'count', label: c.say('axis'), domain: c.entry.options.domain as [number, number] | undefined }, groups, headers: true }, v)]),
  ) as Record<Variant, RangeLayout>;
  const desc = c.say('desc', { deaths: deaths.map((r) => `${r.valueText} (${r.sub})`).join('; '), vehicles: vehicles.map((r) => `${r.valueText} (${r.sub})`).join('; ') });
  return { layouts, states: c.states(), desc };
}
