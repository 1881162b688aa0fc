// The scale chart: published estimates of guns trafficked from the US to Mexico each year,
// one row per estimate (who, when, how), central value and interval where given.
import type { Locale } from '../../i18n/locales';
import { branch, t } from '../../i18n/messages';
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
  /** Text field whose wording marks a floor ("More than 500,000 ..."): drawn open-ended. */
  statedAs?: string;
}
export const ESTIMATE_KEYS: EstimateKeys = { year: 'year', author: 'author', kind: 'kind', low: 'low', central: 'central', high: 'high', period: 'periodCovered', statedAs: 'statedAs' };

/** Reader-facing names of the kinds of estimate, by kind state (catalog `chart.estimates.kinds`). */
export const kindLabels = (locale: Locale = 'en'): Record<string, string> => branch(locale, 'chart.estimates.kinds') as Record<string, string>;

/** A state name from a kind ("official estimate" → "official-estimate"). */
export const kindState = (kind: string): string => kind.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Reader-facing value: "212,887 (89,816–359,205)", "more than 500,000", "342,000–597,000". */
export function estimateText(low: number | null, central: number | null, high: number | null, locale: Locale = 'en'): string {
  const tr = t(locale);
  const c = (n: number) => count(n, locale);
  if (central !== null && low !== null && high !== null) return `${c(central)} (${c(low)}–${c(high)})`;
  if (central !== null) return c(central);
  if (low !== null && high !== null) return `${c(low)}–${c(high)}`;
  if (low !== null) return tr('chart.estimates.moreThan', { n: c(low) });
  if (high !== null) return tr('chart.estimates.upTo', { n: c(high) });
  return tr('chart.estimates.noFigure');
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
 * @param kinds The estimate kinds in display order, with reader-facing labels; default: the
 * kind field's declared values.
 */
export function estimateChart(ds: Dataset, kinds?: { key: string; label: string }[], keys: EstimateKeys = ESTIMATE_KEYS, locale: Locale = 'en'): EstimateChart {
  const tr = t(locale);
  const labels = kindLabels(locale);
  const kindList = kinds ?? (ds.fields.find((f) => f.key === keys.kind)?.values ?? []).map((k) => ({ key: k, label: labels[kindState(k)] ?? k }));
  const hasStated = Boolean(keys.statedAs && ds.fields.some((f) => f.key === keys.statedAs));
  const rows: (RangeRow & { sortValue: number })[] = ds.rows.map((row) => {
    let [low, central, high] = [num(ds, row, keys.low), num(ds, row, keys.central), num(ds, row, keys.high)];
    // A figure stated as a floor is stored as its central value; draw it as "more than".
    if (hasStated && central !== null && low === null && high === null && /^(more than|over|at least|más de|al menos)\b/i.test(str(ds, row, keys.statedAs!) ?? '')) [low, central] = [central, null];
    const period = keys.period ? str(ds, row, keys.period) : null;
    const year = num(ds, row, keys.year);
    return {
      id: row.id,
      label: str(ds, row, keys.author) ?? row.id,
      sub: [kindList.find((k) => k.key === str(ds, row, keys.kind))?.label, year !== null ? tr('chart.estimates.published', { year }) : null, period].filter(Boolean).join(' · '),
      low,
      central,
      high,
      openHigh: central === null && high === null && low !== null,
      valueText: estimateText(low, central, high, locale),
      group: kindState(str(ds, row, keys.kind) ?? ''),
      sortValue: central ?? low ?? high ?? 0,
    };
  });
  // Rows stay in the dataset's order (by year of publication): "who, when, how" reads down the
  // page, and a revision ("Same authors, ...") sits right under the work it revises.
  const byValue = [...rows].sort((a, b) => a.sortValue - b.sortValue || a.id.localeCompare(b.id));
  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'count', label: tr('chart.estimates.axis') }, groups: kindList.map((k) => ({ key: kindState(k.key), label: k.label })) }, v)]),
  ) as Record<Variant, RangeLayout>;
  const lowest = byValue[0];
  const highest = byValue[byValue.length - 1];
  const desc = lowest && highest
    ? tr('chart.estimates.desc', { low: lowest.valueText, lowBy: lowest.label, high: highest.valueText, highBy: highest.label })
    : tr('chart.estimates.none');
  return { layouts, states: estimateStates(kindList.map((k) => kindState(k.key)), lowest?.id, highest?.id), desc };
}
