// The trace chart: firearms recovered in Mexico and submitted to ATF for tracing, by year,
// with the US-sourced part inside each bar. Years without a published figure stay empty.
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
  kind?: { field: string; value: string; key: string };
}
export const TRACE_KEYS: TraceKeys = {
  year: 'year',
  total: 'submitted',
  part: 'usSourced',
  share: 'usShare',
  kind: { field: 'countType', value: 'trace requests', key: 'Hatched bar: a count of trace requests, not of firearms traced' },
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

export function traceChart(ds: Dataset, keys: TraceKeys = TRACE_KEYS, labels = { total: 'Submitted for tracing', part: 'US-sourced' }): TraceChart {
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
    hatchKey: keys.kind?.key,
    unit: 'Firearms',
    gapLabel: 'No yearly figure published',
    gapKey: 'Dotted slot: no figure published for that year',
    callouts: latestShare !== null ? [{ year: latest, text: `${share(latestShare)} US-sourced` }] : [],
    labelYear: latest,
  };
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutBars(input, v)])) as Record<Variant, BarsLayout>;
  const missing = years.filter((_, i) => totals[i] === null);
  const parts2 = [
    `Bars show firearms recovered in Mexico and submitted to ATF for tracing in each year with a published figure (${listYears(known)}); the darker part of a bar is the number found to be US-sourced.`,
    latestIndex !== undefined ? `In ${latest}, ${count(totals[latestIndex]!)} were submitted and ${count(parts[latestIndex]!)} were US-sourced.` : '',
    missing.length ? `No figure was published for ${listYears(missing)}; those years are left empty.` : '',
  ];
  return { layouts, states: traceStates(latest), desc: parts2.filter(Boolean).join(' ') };
}
