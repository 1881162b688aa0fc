// The scale chart: published estimates of guns trafficked from the US to Mexico each year,
// one row per estimate (who, when, how), central value and interval where given.
import type { Dataset } from '../../../schemas/dataset';
import { num, str } from '../data';
import { count } from '../describe';
import { layoutRange, type RangeLayout, type RangeRow } from '../range';
import { VARIANTS, type Variant } from '../scales';
import type { ChartStates } from '../states';

export interface EstimateKeys {
  year: string;
  author: string;
  kind: string;
  low: string;
  central: string;
  high: string;
  period?: string;
}
export const ESTIMATE_KEYS: EstimateKeys = { year: 'year', author: 'author', kind: 'kind', low: 'low', central: 'central', high: 'high', period: 'periodCovered' };

/** Reader-facing value: "212,887 (89,816–359,205)", "more than 500,000", "342,000–597,000". */
export function estimateText(low: number | null, central: number | null, high: number | null): string {
  if (central !== null && low !== null && high !== null) return `${count(central)} (${count(low)}–${count(high)})`;
  if (central !== null) return count(central);
  if (low !== null && high !== null) return `${count(low)}–${count(high)}`;
  if (low !== null) return `more than ${count(low)}`;
  if (high !== null) return `up to ${count(high)}`;
  return 'no figure';
}

/** States: `all` (summary), `spread` (lowest and highest emphasised), then one per kind of estimate. */
export function estimateStates(kinds: string[], lowest?: string, highest?: string): ChartStates {
  const rules: ChartStates['rules'] = Object.fromEntries(kinds.map((k) => [`group-${k}`, { emph: [k] }]));
  for (const id of [lowest, highest]) if (id) rules[`row-${id}`] = { emph: ['spread'] };
  return { initial: 'all', names: ['all', 'spread', ...kinds], rules };
}

export interface EstimateChart {
  layouts: Record<Variant, RangeLayout>;
  states: ChartStates;
  desc: string;
}

/**
 * @param kinds The estimate kinds in display order, with reader-facing labels.
 */
export function estimateChart(ds: Dataset, kinds: { key: string; label: string }[], keys: EstimateKeys = ESTIMATE_KEYS): EstimateChart {
  const rows: (RangeRow & { sortValue: number })[] = ds.rows.map((row) => {
    const [low, central, high] = [num(ds, row, keys.low), num(ds, row, keys.central), num(ds, row, keys.high)];
    const period = keys.period ? str(ds, row, keys.period) : null;
    const year = num(ds, row, keys.year);
    return {
      id: row.id,
      label: str(ds, row, keys.author) ?? row.id,
      sub: [kinds.find((k) => k.key === str(ds, row, keys.kind))?.label, year !== null ? `published ${year}` : null, period].filter(Boolean).join(' · '),
      low,
      central,
      high,
      openHigh: central === null && high === null && low !== null,
      valueText: estimateText(low, central, high),
      group: str(ds, row, keys.kind) ?? undefined,
      sortValue: central ?? low ?? high ?? 0,
    };
  });
  rows.sort((a, b) => a.sortValue - b.sortValue || a.id.localeCompare(b.id));
  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'count', label: 'Firearms trafficked south per year (estimate)' }, groups: kinds }, v)]),
  ) as Record<Variant, RangeLayout>;
  const lowest = rows[0];
  const highest = rows[rows.length - 1];
  const desc = lowest && highest
    ? `Each row is one published estimate of how many guns are trafficked from the United States into Mexico each year, ordered from lowest to highest. They run from ${lowest.valueText} (${lowest.label}) to ${highest.valueText} (${highest.label}). Dots mark a central figure, lines a stated range, and a dashed arrow a figure given only as a minimum.`
    : 'No estimates.';
  return { layouts, states: estimateStates(kinds.map((k) => k.key), lowest?.id, highest?.id), desc };
}
