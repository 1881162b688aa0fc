// The trace-share chart: the US-sourced share of guns Mexico submitted for tracing, period by
// period, with each period's base; the narrower "traced to a US retail sale" measure is a
// separate panel in another colour, never on the same line.
import type { Locale } from '../../i18n/locales';
import { branch, t } from '../../i18n/messages';
import type { Dataset } from '../../../schemas/dataset';
import { num, str } from '../data';
import { count, share } from '../describe';
import { layoutHBar, type HBarLayout, type HBarRow } from '../hbar';
import { VARIANTS, type Variant } from '../scales';
import type { ChartStates } from '../states';

export interface TracePeriodKeys {
  start: string;
  end: string;
  submitted: string;
  share: string;
  measure: string;
  /** Text field describing the base; "fiscal years" in it marks the period as fiscal. */
  basis?: string;
}
export const TRACE_PERIOD_KEYS: TracePeriodKeys = { start: 'startYear', end: 'endYear', submitted: 'submitted', share: 'usShare', measure: 'measure', basis: 'basis' };

/** Reader-facing names of the measures (catalog `chart.periods.measures`). */
export const measureLabels = (locale: Locale = 'en'): Record<string, string> => branch(locale, 'chart.periods.measures') as Record<string, string>;

/** "2007–2011", or "2016" for a single year. */
export const periodLabel = (a: number, b: number): string => (a === b ? String(a) : `${a}–${b}`);

/** States: `all`; `early` (the first, small-base period); one per measure (that panel emphasised). */
export function tracePeriodStates(measures: string[], earliest?: string): ChartStates {
  const rules: ChartStates['rules'] = Object.fromEntries(measures.map((m) => [`group-${m}`, { emph: [m] }]));
  if (earliest) rules[`row-${earliest}`] = { emph: ['early'] };
  return { initial: 'all', names: ['all', 'early', ...measures], rules };
}

export function tracePeriodChart(ds: Dataset, keys: TracePeriodKeys = TRACE_PERIOD_KEYS, locale: Locale = 'en') {
  const tr = t(locale);
  const declared = ds.fields.find((f) => f.key === keys.measure)?.values ?? [];
  const rows: HBarRow[] = [];
  for (const measure of declared) {
    for (const row of ds.rows) {
      if (str(ds, row, keys.measure) !== measure) continue;
      const v = num(ds, row, keys.share);
      if (v === null) continue;
      const n = num(ds, row, keys.submitted);
      const fiscal = keys.basis && ds.fields.some((f) => f.key === keys.basis) && /fiscal years?|años? fiscal/i.test(str(ds, row, keys.basis) ?? '');
      rows.push({
        id: row.id,
        label: fiscal ? tr('chart.periods.fiscal', { period: periodLabel(num(ds, row, keys.start)!, num(ds, row, keys.end)!) }) : periodLabel(num(ds, row, keys.start)!, num(ds, row, keys.end)!),
        sub: n !== null ? tr('chart.periods.sub', { n: count(n, locale) }) : tr('chart.periods.subMissing'),
        value: v,
        valueText: share(v, locale),
        group: measure,
      });
    }
  }
  const groups = declared.filter((m) => rows.some((r) => r.group === m)).map((m) => ({ key: m, label: measureLabels(locale)[m] ?? m }));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max: 100, track: true, groups, headers: true }, v)])) as Record<Variant, HBarLayout>;
  const desc = groups
    .map((g) => tr('chart.groupItems', { label: g.label, items: rows.filter((r) => r.group === g.key).map((r) => tr('chart.periods.item', { label: r.label, value: r.valueText, sub: r.sub ?? '' })).join('; ') }))
    .join(' ');
  return { layouts, states: tracePeriodStates(groups.map((g) => g.key), rows[0]?.id), desc: tr('chart.periods.desc', { groups: desc }) };
}
