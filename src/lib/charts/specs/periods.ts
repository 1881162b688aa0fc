// The trace-share chart: the US-sourced share of guns Mexico submitted for tracing, period by
// period, with each period's base; the narrower "traced to a US retail sale" measure is a
// separate panel in another colour, never on the same line.
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

export const MEASURE_LABELS: Record<string, string> = {
  'us-sourced': 'US-sourced: made in the US or legally imported into it',
  'traced-to-us-purchase': 'Traced to a sale by a US retailer (a narrower measure)',
};

/** "2007–2011", or "2016" for a single year. */
export const periodLabel = (a: number, b: number): string => (a === b ? String(a) : `${a}–${b}`);

/** States: `all`; `early` (the first, small-base period); one per measure (that panel emphasised). */
export function tracePeriodStates(measures: string[], earliest?: string): ChartStates {
  const rules: ChartStates['rules'] = Object.fromEntries(measures.map((m) => [`group-${m}`, { emph: [m] }]));
  if (earliest) rules[`row-${earliest}`] = { emph: ['early'] };
  return { initial: 'all', names: ['all', 'early', ...measures], rules };
}

export function tracePeriodChart(ds: Dataset, keys: TracePeriodKeys = TRACE_PERIOD_KEYS) {
  const declared = ds.fields.find((f) => f.key === keys.measure)?.values ?? [];
  const rows: HBarRow[] = [];
  for (const measure of declared) {
    for (const row of ds.rows) {
      if (str(ds, row, keys.measure) !== measure) continue;
      const v = num(ds, row, keys.share);
      if (v === null) continue;
      const n = num(ds, row, keys.submitted);
      const fiscal = keys.basis && ds.fields.some((f) => f.key === keys.basis) && /fiscal years?/i.test(str(ds, row, keys.basis) ?? '');
      rows.push({
        id: row.id,
        label: `${fiscal ? 'Fiscal years ' : ''}${periodLabel(num(ds, row, keys.start)!, num(ds, row, keys.end)!)}`,
        sub: n !== null ? `of ${count(n)} submitted for tracing` : 'number submitted not published',
        value: v,
        valueText: share(v),
        group: measure,
      });
    }
  }
  const groups = declared.filter((m) => rows.some((r) => r.group === m)).map((m) => ({ key: m, label: MEASURE_LABELS[m] ?? m }));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max: 100, track: true, groups, headers: true }, v)])) as Record<Variant, HBarLayout>;
  const desc = groups
    .map((g) => `${g.label}: ${rows.filter((r) => r.group === g.key).map((r) => `${r.label}, ${r.valueText} ${r.sub}`).join('; ')}.`)
    .join(' ');
  return { layouts, states: tracePeriodStates(groups.map((g) => g.key), rows[0]?.id), desc: `Shares of guns recovered in Mexico and submitted to ATF for tracing, by period. ${desc}` };
}
