// The trace chart: firearms recovered in Mexico and submitted to ATF for tracing, by year,
// with the US-sourced part inside each bar. Years without a published figure stay empty.
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/messages';
import type { Dataset } from '../../../schemas/dataset';
import { layoutBars, type BarsInput, type BarsLayout } from '../bars';
import { annualSeries, num, str } from '../data';
import { count, listYears, share } from '../describe';
import { VARIANTS, type Variant } from '../scales';
import { yTag, type ChartStates } from '../states';

export interface TraceKeys {
  year: string;
  total: string;
  part: string;
  /** Optional share field (part of total, in %), used for the latest-year callout. */
  share?: string;
  /** Optional category field and value that mark a count of a different kind (hatched bars). */
  kind?: { field: string; value: string; key?: string };
}
export const TRACE_KEYS: TraceKeys = {
  year: 'year',
  total: 'submitted',
  part: 'usSourced',
  share: 'usShare',
  kind: { field: 'countType', value: 'trace requests' },
};

/**
 * States: `all` (summary), `submitted` (totals only), `us-sourced` (the US part emphasised),
 * `gaps` (the missing years emphasised), `latest` (the newest year emphasised).
 */
export function traceStates(latest: number): ChartStates {
  const part = ['all', 'us-sourced', 'gaps', 'latest'];
  return {
    initial: 'all',
    names: ['all', 'submitted', 'us-sourced', 'gaps', 'latest'],
    rules: {
      part: { show: part, emph: ['us-sourced'] },
      gap: { emph: ['gaps'] },
      callout: { show: ['all', 'latest'] },
      [yTag(latest)]: { emph: ['latest'] },
    },
  };
}

export interface TraceChart {
  layouts: Record<Variant, BarsLayout>;
  states: ChartStates;
  desc: string;
}

export function traceChart(ds: Dataset, keys: TraceKeys = TRACE_KEYS, labels?: { total: string; part: string }, locale: Locale = 'en'): TraceChart {
  const tr = t(locale);
  labels ??= { total: tr('chart.traces.total'), part: tr('chart.traces.part') };
  const { years, values, rows } = annualSeries(ds, keys.year, [keys.total, keys.part]);
  const totals = values[keys.total]!;
  const parts = values[keys.part]!;
  const known = years.filter((_, i) => totals[i] !== null);
  const latestIndex = totals.map((v, i) => (v !== null && parts[i] !== null ? i : -1)).filter((i) => i >= 0).pop();
  const latest = latestIndex !== undefined ? years[latestIndex]! : years[years.length - 1]!;
  const latestRow = latestIndex !== undefined ? rows[latestIndex] : null;
  const latestShare = latestRow && keys.share && ds.fields.some((f) => f.key === keys.share) ? num(ds, latestRow, keys.share) : null;
  const input: BarsInput = {
    years,
    total: { key: keys.total, label: labels.total, values: totals },
    part: { key: keys.part, label: labels.part, values: parts },
    hatched: keys.kind && ds.fields.some((f) => f.key === keys.kind!.field) ? rows.map((r) => (r ? str(ds, r, keys.kind!.field) === keys.kind!.value : false)) : undefined,
    hatchKey: keys.kind ? keys.kind.key ?? tr('chart.traces.hatchKey') : undefined,
    unit: tr('chart.traces.unit'),
    gapLabel: tr('chart.traces.gapLabel'),
    gapKey: tr('chart.traces.gapKey'),
    callouts: latestShare !== null ? [{ year: latest, text: tr('chart.traces.callout', { share: share(latestShare, locale) }) }] : [],
    labelYear: latest,
  };
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutBars(input, v)])) as Record<Variant, BarsLayout>;
  const missing = years.filter((_, i) => totals[i] === null);
  const parts2 = [
    tr('chart.traces.desc', { years: listYears(known, locale) }),
    latestIndex !== undefined ? tr('chart.traces.descLatest', { year: latest, total: count(totals[latestIndex]!, locale), part: count(parts[latestIndex]!, locale) }) : '',
    missing.length ? tr('chart.traces.descMissing', { years: listYears(missing, locale) }) : '',
  ];
  return { layouts, states: traceStates(latest), desc: parts2.filter(Boolean).join(' ') };
}
