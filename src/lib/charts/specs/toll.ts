// Two charts for the toll chapter: the .50-caliber rifle counts, each drawn over the period it
// covers (the periods overlap, so they are never summed or joined), and the Villa Unión
// accounts: the death toll and the vehicle count as each source gave them, in reporting order.
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/messages';
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
export function fiftyText(total: number | null, rifles: number | null, barrett: number | null, locale: Locale = 'en'): string {
  const tr = t(locale);
  const c = (n: number) => count(n, locale);
  if (total !== null) return tr('chart.fifty.total', { n: c(total), parts: [rifles !== null ? tr('chart.fifty.rifles', { n: c(rifles) }) : null, barrett !== null ? tr('chart.fifty.barrett', { n: c(barrett) }) : null].filter(Boolean).join(', ') });
  if (rifles !== null) return barrett !== null ? tr('chart.fifty.riflesBarrett', { n: c(rifles), barrett: c(barrett) }) : tr('chart.fifty.rifles', { n: c(rifles) });
  if (barrett !== null) return tr('chart.fifty.barrettRifles', { n: c(barrett) });
  return tr('chart.fifty.noCount');
}

/** States: `all` and `recent` (the two Barrett counts since October 2024 emphasised). */
export function fiftyChart(ds: Dataset, locale: Locale = 'en'): Built {
  const tr = t(locale);
  const rows: RangeRow[] = ds.rows.map((row) => ({
    id: row.id,
    label: str(ds, row, 'whatCounted') ?? '',
    sub: `${str(ds, row, 'period')} · ${str(ds, row, 'reportedBy')}`,
    low: yearOf(str(ds, row, 'periodStart')!),
    high: yearOf(str(ds, row, 'periodEnd')!, true),
    valueText: fiftyText(num(ds, row, 'total'), num(ds, row, 'rifles'), num(ds, row, 'barrett'), locale),
  }));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'year', label: tr('chart.fifty.axis') } }, v)])) as Record<Variant, RangeLayout>;
  const recent = ds.rows.filter((r) => (str(ds, r, 'periodStart') ?? '') >= '2024').map((r) => r.id);
  const rules: ChartStates['rules'] = Object.fromEntries(recent.map((id) => [`row-${id}`, { emph: ['recent'] }]));
  const desc = tr('chart.fifty.desc', { items: rows.map((r) => tr('chart.fifty.item', { label: r.label, sub: r.sub ?? '', value: r.valueText })).join(' ') });
  return { layouts, states: { initial: 'all', names: ['all', 'recent'], rules }, desc };
}

/** The Villa Unión death toll and vehicle counts, one row per account in reporting order. */
export function villaUnionChart(ds: Dataset, locale: Locale = 'en'): Built {
  const tr = t(locale);
  const c = (n: number) => count(n, locale);
  const when = (date: string | null) => (date ? formatDate(date, locale) : tr('chart.villaUnion.undated'));
  const deaths: RangeRow[] = [];
  const vehicles: RangeRow[] = [];
  for (const row of ds.rows) {
    const sub = `${when(str(ds, row, 'reported'))} · ${str(ds, row, 'publisher')}`;
    const d = num(ds, row, 'deaths');
    if (d !== null) deaths.push({ id: `deaths-${row.id}`, label: str(ds, row, 'account') ?? row.id, sub, central: d, valueText: tr('chart.villaUnion.dead', { n: c(d) }), group: 'deaths' });
    const lo = num(ds, row, 'vehiclesLow');
    const hi = num(ds, row, 'vehiclesHigh');
    if (lo !== null) {
      const text = hi === null ? tr('chart.villaUnion.atLeastVehicles', { n: c(lo) }) : hi === lo ? tr('chart.villaUnion.vehicles', { n: c(lo) }) : tr('chart.villaUnion.vehicleRange', { low: c(lo), high: c(hi) });
      vehicles.push({ id: `vehicles-${row.id}`, label: str(ds, row, 'vehiclesNote') ?? str(ds, row, 'account') ?? row.id, sub, low: lo, high: hi ?? undefined, central: hi === null || hi === lo ? lo : null, openHigh: hi === null, valueText: text, group: 'vehicles' });
    }
  }
  const groups = [
    { key: 'deaths', label: tr('chart.villaUnion.deaths') },
    { key: 'vehicles', label: tr('chart.villaUnion.vehiclesReported') },
  ];
  const rows = [...deaths, ...vehicles];
  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'count', label: tr('chart.villaUnion.axis'), domain: [0, 30] }, groups, headers: true }, v)]),
  ) as Record<Variant, RangeLayout>;
  const desc = tr('chart.villaUnion.desc', { deaths: deaths.map((r) => `${r.valueText} (${r.sub})`).join('; '), vehicles: vehicles.map((r) => `${r.valueText} (${r.sub})`).join('; ') });
  return { layouts, states: { initial: 'all', names: ['all', 'deaths', 'vehicles'], rules: { 'group-deaths': { emph: ['deaths'] }, 'group-vehicles': { emph: ['vehicles'] } } }, desc };
}
