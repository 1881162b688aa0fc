// The crackdown charts: every published count of southbound gun seizures as its own row
// (agency, what was counted, the period it covers), grouped by kind of figure and never joined
// into a line; and the one like-for-like pair, CBP's October-April counts for FY2024 and FY2025.
import { LOCALE_INFO, type Locale } from '../../i18n/locales';
import { branch, t } from '../../i18n/messages';
import type { Dataset, Row } from '../../../schemas/dataset';
import { formatDate } from '../../format/value';
import { label, num, str, yearOf } from '../data';
import { count } from '../describe';
import { layoutHBar, type HBarLayout, type HBarRow } from '../hbar';
import { layoutRange, type RangeLayout, type RangeRow } from '../range';
import { VARIANTS, type Variant } from '../scales';
import type { ChartStates } from '../states';

/** Kinds of figure, in display order; their reader-facing headers are `chart.seizures.groups.<key>`. */
export const MEASURE_GROUPS: { key: string; measures: string[] }[] = [
  { key: 'yearly', measures: ['yearly average', 'full fiscal year', 'full year, calendar or fiscal not stated'] },
  { key: 'part-year', measures: ['part of a year'] },
  { key: 'running', measures: ['running total'] },
  { key: 'change', measures: ['change only'] },
];

/** Steps of the crackdown chart and the rows each one emphasises. */
export const SEIZURE_STEPS: Record<string, string[]> = {
  rise: ['dhs-atf-fy2023-to-july', 'border-2023-change', 'cbp-2023', 'laredo-fy2023-to-august'],
  fall: ['cbp-fy2024-full', 'cbp-fy2025-full', 'cbp-2025-to-september'],
};

/** "more than 1,100", "115 a year on average", "up 86% on 2022", "1,125 in all". */
export function seizureText(ds: Dataset, row: Row, locale: Locale = 'en'): string {
  const tr = t(locale);
  const n = num(ds, row, 'firearms');
  const q = str(ds, row, 'qualifier');
  const measure = str(ds, row, 'measure');
  if (n === null) {
    const pct = num(ds, row, 'changePct');
    const cmp = str(ds, row, 'comparison');
    if (pct !== null) {
      const change = tr(pct >= 0 ? 'chart.seizures.up' : 'chart.seizures.down', { pct: Math.abs(pct) });
      return cmp ? tr('chart.seizures.changeOn', { change, comparison: cmp }) : change;
    }
    return cmp ? cmp.split(/[;(]/)[0]!.trim() : tr('chart.seizures.noCount');
  }
  if (q === 'yearly average') return tr('chart.seizures.yearlyAverage', { n: count(n, locale) });
  const total = measure === 'running total' ? tr('chart.seizures.inAll', { n: count(n, locale) }) : count(n, locale);
  return q === 'more than' ? tr('chart.seizures.moreThan', { n: total }) : q === 'fewer than' ? tr('chart.seizures.fewerThan', { n: total }) : total;
}

export function seizureStates(groups: string[], steps: Record<string, string[]>, ids: Set<string>): ChartStates {
  const rules: ChartStates['rules'] = Object.fromEntries(groups.map((g) => [`group-${g}`, { emph: [g] }]));
  for (const [state, rows] of Object.entries(steps)) {
    for (const id of rows) {
      if (!ids.has(id)) throw new Error(`Seizure chart step "${state}" names row "${id}", which the dataset does not have`);
      rules[`row-${id}`] = { emph: [...(rules[`row-${id}`]?.emph ?? []), state] };
    }
  }
  return { initial: 'all', names: ['all', ...groups, ...Object.keys(steps)], rules };
}

export function seizureChart(ds: Dataset, locale: Locale = 'en') {
  const tr = t(locale);
  const groupLabels = branch(locale, 'chart.seizures.groups') as Record<string, string>;
  const rows: RangeRow[] = [];
  for (const g of MEASURE_GROUPS) {
    for (const row of ds.rows) {
      if (!g.measures.includes(str(ds, row, 'measure') ?? '')) continue;
      const start = yearOf(str(ds, row, 'periodStart')!);
      const endDate = str(ds, row, 'periodEnd');
      rows.push({
        id: row.id,
        label: label(ds, row, 'agency') ?? '',
        sub: str(ds, row, 'period') ?? undefined,
        low: start,
        high: endDate ? yearOf(endDate, true) : null,
        valueText: seizureText(ds, row, locale),
        group: g.key,
      });
    }
  }
  const groups = MEASURE_GROUPS.filter((g) => rows.some((r) => r.group === g.key)).map((g) => ({ key: g.key, label: groupLabels[g.key] ?? g.key }));
  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'year', label: tr('chart.seizures.axis') }, groups, headers: true }, v)]),
  ) as Record<Variant, RangeLayout>;
  const desc = tr('chart.seizures.desc', {
    groups: groups
      .map((g) => tr('chart.groupItems', { label: g.label, items: rows.filter((r) => r.group === g.key).map((r) => tr('chart.seizures.item', { label: r.label, sub: r.sub ?? '', value: r.valueText })).join('; ') }))
      .join(' '),
  });
  return { layouts, states: seizureStates(groups.map((g) => g.key), SEIZURE_STEPS, new Set(ds.rows.map((r) => r.id))), desc };
}

/** The like-for-like pair: same agency, whole fiscal years, one year apart. */
export function seizurePairChart(ds: Dataset, ids: [string, string] = ['cbp-fy2024-full', 'cbp-fy2025-full'], locale: Locale = 'en') {
  const rows = ids.map((id): HBarRow & { value: number } => {
    const row = ds.rows.find((r) => r.id === id);
    if (!row) throw new Error(`Dataset "${ds.id}" has no row "${id}"`);
    const n = num(ds, row, 'firearms');
    if (n === null) throw new Error(`Dataset "${ds.id}" row "${id}" has no firearms count`);
    return { id, label: str(ds, row, 'period') ?? id, value: n, valueText: count(n, locale) };
  });
  const max = Math.max(...rows.map((r) => r.value)) * 1.15;
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max }, v)])) as Record<Variant, HBarLayout>;
  const [a, b] = rows as [HBarRow & { value: number }, HBarRow & { value: number }];
  const change = Math.round(((b.value - a.value) / a.value) * 1000) / 10;
  const desc = t(locale)('chart.seizures.pairDesc', { a: a.valueText, aLabel: a.label, b: b.valueText, bLabel: b.label, change: new Intl.NumberFormat(LOCALE_INFO[locale].intl, { maximumFractionDigits: 1, useGrouping: false }).format(change) });
  return { layouts, states: { initial: 'all', names: ['all'], rules: {} } as ChartStates, desc };
}

/**
 * Cumulative charges under the 2022 law: one bar per reported total, open-ended where it was
 * "more than"; a row without a count (reporting stopped) is kept as a marked gap.
 */
export function chargesChart(ds: Dataset, locale: Locale = 'en') {
  const tr = t(locale);
  const rows: HBarRow[] = ds.rows.map((row) => {
    const n = num(ds, row, 'defendants');
    const more = str(ds, row, 'qualifier') === 'more than';
    const date = formatDate(str(ds, row, 'date')!, locale);
    const counted = str(ds, row, 'counted') ?? undefined;
    if (n === null) return { id: row.id, label: date, value: null, valueText: counted ?? tr('chart.seizures.noTotal') };
    return { id: row.id, label: tr('chart.seizures.by', { date }), sub: counted, value: n, lowerBound: more, valueText: more ? tr('chart.seizures.moreThan', { n: count(n, locale) }) : count(n, locale) };
  });
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0)) * 1.2;
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max }, v)])) as Record<Variant, HBarLayout>;
  const counted = rows.filter((r) => r.value !== null);
  const missing = rows.filter((r) => r.value === null);
  const desc = `${tr('chart.seizures.chargesDesc', { items: counted.map((r) => `${r.label.toLowerCase()}, ${r.valueText}`).join('; ') })}${missing.length ? ` ${missing.map((r) => `${r.label}: ${r.valueText}`).join(' ')}` : ''}`;
  return { layouts, states: { initial: 'all', names: ['all'], rules: {} } as ChartStates, desc };
}
