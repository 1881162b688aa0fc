// Two charts for the toll chapter: the .50-caliber rifle counts, each drawn over the period it
// covers (the periods overlap, so they are never summed or joined), and the Villa Unión
// accounts: the death toll and the vehicle count as each source gave them, in reporting order.
import type { Dataset } from '../../../schemas/dataset';
import { formatDate } from '../../format/value';
import { num, str, yearOf } from '../data';
import { count } from '../describe';
import { layoutRange, type RangeLayout, type RangeRow } from '../range';
import { VARIANTS, type Variant } from '../scales';
import type { ChartStates } from '../states';

interface Built {
  layouts: Record<Variant, RangeLayout>;
  states: ChartStates;
  desc: string;
}

/** "554 firearms (496 rifles, 227 Barrett)", "831 rifles (519 Barrett)", "215 Barrett rifles". */
export function fiftyText(total: number | null, rifles: number | null, barrett: number | null): string {
  if (total !== null) return `${count(total)} firearms (${[rifles !== null ? `${count(rifles)} rifles` : null, barrett !== null ? `${count(barrett)} Barrett` : null].filter(Boolean).join(', ')})`;
  if (rifles !== null) return `${count(rifles)} rifles${barrett !== null ? ` (${count(barrett)} Barrett)` : ''}`;
  if (barrett !== null) return `${count(barrett)} Barrett rifles`;
  return 'no count given';
}

/** States: `all` and `recent` (the two Barrett counts since October 2024 emphasised). */
export function fiftyChart(ds: Dataset): Built {
  const rows: RangeRow[] = ds.rows.map((row) => ({
    id: row.id,
    label: str(ds, row, 'whatCounted') ?? '',
    sub: `${str(ds, row, 'period')} · ${str(ds, row, 'reportedBy')}`,
    low: yearOf(str(ds, row, 'periodStart')!),
    high: yearOf(str(ds, row, 'periodEnd')!, true),
    valueText: fiftyText(num(ds, row, 'total'), num(ds, row, 'rifles'), num(ds, row, 'barrett')),
  }));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'year', label: 'Period each count covers' } }, v)])) as Record<Variant, RangeLayout>;
  const recent = ds.rows.filter((r) => (str(ds, r, 'periodStart') ?? '') >= '2024').map((r) => r.id);
  const rules: ChartStates['rules'] = Object.fromEntries(recent.map((id) => [`row-${id}`, { emph: ['recent'] }]));
  const desc = `Each row is one published count of .50-caliber weapons seized in Mexico, drawn as a bar over the period it covers. The periods overlap, so the counts cannot be added. ${rows.map((r) => `${r.label}, ${r.sub}: ${r.valueText}.`).join(' ')}`;
  return { layouts, states: { initial: 'all', names: ['all', 'recent'], rules }, desc };
}

/** The Villa Unión death toll and vehicle counts, one row per account in reporting order. */
export function villaUnionChart(ds: Dataset): Built {
  const when = (date: string | null) => (date ? formatDate(date) : 'undated');
  const deaths: RangeRow[] = [];
  const vehicles: RangeRow[] = [];
  for (const row of ds.rows) {
    const sub = `${when(str(ds, row, 'reported'))} · ${str(ds, row, 'publisher')}`;
    const d = num(ds, row, 'deaths');
    if (d !== null) deaths.push({ id: `deaths-${row.id}`, label: str(ds, row, 'account') ?? row.id, sub, central: d, valueText: `${count(d)} dead`, group: 'deaths' });
    const lo = num(ds, row, 'vehiclesLow');
    const hi = num(ds, row, 'vehiclesHigh');
    if (lo !== null) {
      const text = hi === null ? `at least ${count(lo)} vehicles` : hi === lo ? `${count(lo)} vehicles` : `${count(lo)}–${count(hi)} vehicles`;
      vehicles.push({ id: `vehicles-${row.id}`, label: str(ds, row, 'vehiclesNote') ?? str(ds, row, 'account') ?? row.id, sub, low: lo, high: hi ?? undefined, central: hi === null || hi === lo ? lo : null, openHigh: hi === null, valueText: text, group: 'vehicles' });
    }
  }
  const groups = [
    { key: 'deaths', label: 'Deaths reported' },
    { key: 'vehicles', label: 'Vehicles reported' },
  ];
  const rows = [...deaths, ...vehicles];
  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'count', label: 'Number reported', domain: [0, 30] }, groups, headers: true }, v)]),
  ) as Record<Variant, RangeLayout>;
  const desc = `How the reported toll of the Villa Unión attack changed: ${deaths.map((r) => `${r.valueText} (${r.sub})`).join('; ')}. Vehicle counts: ${vehicles.map((r) => `${r.valueText} (${r.sub})`).join('; ')}.`;
  return { layouts, states: { initial: 'all', names: ['all', 'deaths', 'vehicles'], rules: { 'group-deaths': { emph: ['deaths'] }, 'group-vehicles': { emph: ['vehicles'] } } }, desc };
}
