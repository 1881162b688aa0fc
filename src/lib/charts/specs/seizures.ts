// The crackdown charts: every published count of southbound gun seizures as its own row
// (agency, what was counted, the period it covers), grouped by kind of figure and never joined
// into a line; and the one like-for-like pair, CBP's October-April counts for FY2024 and FY2025.
import type { Dataset, Row } from '../../../schemas/dataset';
import { formatDate } from '../../format/value';
import { num, str, yearOf } from '../data';
import { count } from '../describe';
import { layoutHBar, type HBarLayout, type HBarRow } from '../hbar';
import { layoutRange, type RangeLayout, type RangeRow } from '../range';
import { VARIANTS, type Variant } from '../scales';
import type { ChartStates } from '../states';

/** Kinds of figure, in display order, with reader-facing headers. */
export const MEASURE_GROUPS: { key: string; measures: string[]; label: string }[] = [
  { key: 'yearly', measures: ['yearly average', 'full fiscal year', 'full year, calendar or fiscal not stated'], label: 'Counts for a whole year' },
  { key: 'part-year', measures: ['part of a year'], label: 'Counts for part of a year' },
  { key: 'running', measures: ['running total'], label: 'Running totals since an operation began' },
  { key: 'change', measures: ['change only'], label: 'Change reported, no count given' },
];

/** Steps of the crackdown chart and the rows each one emphasises. */
export const SEIZURE_STEPS: Record<string, string[]> = {
  rise: ['dhs-atf-fy2023-to-july', 'border-2023-change', 'cbp-2023', 'laredo-fy2023-to-august'],
  fall: ['cbp-fy2024-full', 'cbp-fy2025-full', 'cbp-2025-to-september'],
};

/** "more than 1,100", "115 a year on average", "up 86% on 2022", "1,125 in all". */
export function seizureText(ds: Dataset, row: Row): string {
  const n = num(ds, row, 'firearms');
  const q = str(ds, row, 'qualifier');
  const measure = str(ds, row, 'measure');
  if (n === null) {
    const pct = num(ds, row, 'changePct');
    const cmp = str(ds, row, 'comparison');
    if (pct !== null) return `${pct >= 0 ? 'up' : 'down'} ${Math.abs(pct)}%${cmp ? ` on ${cmp}` : ''}`;
    return cmp ? cmp.split(/[;(]/)[0]!.trim() : 'no count given';
  }
  if (q === 'yearly average') return `${count(n)} a year on average`;
  const prefix = q === 'more than' ? 'more than ' : q === 'fewer than' ? 'fewer than ' : '';
  return `${prefix}${count(n)}${measure === 'running total' ? ' in all' : ''}`;
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

export function seizureChart(ds: Dataset) {
  const rows: RangeRow[] = [];
  for (const g of MEASURE_GROUPS) {
    for (const row of ds.rows) {
      if (!g.measures.includes(str(ds, row, 'measure') ?? '')) continue;
      const start = yearOf(str(ds, row, 'periodStart')!);
      const endDate = str(ds, row, 'periodEnd');
      rows.push({
        id: row.id,
        label: str(ds, row, 'agency') ?? '',
        sub: str(ds, row, 'period') ?? undefined,
        low: start,
        high: endDate ? yearOf(endDate, true) : null,
        valueText: seizureText(ds, row),
        group: g.key,
      });
    }
  }
  const groups = MEASURE_GROUPS.filter((g) => rows.some((r) => r.group === g.key)).map((g) => ({ key: g.key, label: g.label }));
  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'year', label: 'Period each figure covers' }, groups, headers: true }, v)]),
  ) as Record<Variant, RangeLayout>;
  const desc = `Each row is one published figure for guns seized on their way from the United States to Mexico, drawn as a bar over the period it covers, with the number written beside it. The figures come from different agencies and count different things, so they are grouped by kind and not joined into a line. ${groups
    .map((g) => `${g.label}: ${rows.filter((r) => r.group === g.key).map((r) => `${r.label}, ${r.sub}, ${r.valueText}`).join('; ')}.`)
    .join(' ')}`;
  return { layouts, states: seizureStates(groups.map((g) => g.key), SEIZURE_STEPS, new Set(ds.rows.map((r) => r.id))), desc };
}

/** The like-for-like pair: same agency, whole fiscal years, one year apart. */
export function seizurePairChart(ds: Dataset, ids: [string, string] = ['cbp-fy2024-full', 'cbp-fy2025-full']) {
  const rows = ids.map((id): HBarRow & { value: number } => {
    const row = ds.rows.find((r) => r.id === id);
    if (!row) throw new Error(`Dataset "${ds.id}" has no row "${id}"`);
    const n = num(ds, row, 'firearms');
    if (n === null) throw new Error(`Dataset "${ds.id}" row "${id}" has no firearms count`);
    return { id, label: str(ds, row, 'period') ?? id, value: n, valueText: count(n) };
  });
  const max = Math.max(...rows.map((r) => r.value)) * 1.15;
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max }, v)])) as Record<Variant, HBarLayout>;
  const [a, b] = rows as [HBarRow & { value: number }, HBarRow & { value: number }];
  const change = Math.round(((b.value - a.value) / a.value) * 1000) / 10;
  const desc = `Firearms seized by CBP along the US–Mexico border: ${a.valueText} in ${a.label}, ${b.valueText} in ${b.label}, a change of ${change}%.`;
  return { layouts, states: { initial: 'all', names: ['all'], rules: {} } as ChartStates, desc };
}

/**
 * Cumulative charges under the 2022 law: one bar per reported total, open-ended where it was
 * "more than"; a row without a count (reporting stopped) is kept as a marked gap.
 */
export function chargesChart(ds: Dataset) {
  const rows: HBarRow[] = ds.rows.map((row) => {
    const n = num(ds, row, 'defendants');
    const more = str(ds, row, 'qualifier') === 'more than';
    const date = formatDate(str(ds, row, 'date')!);
    const counted = str(ds, row, 'counted') ?? undefined;
    if (n === null) return { id: row.id, label: date, value: null, valueText: counted ?? 'No total reported' };
    return { id: row.id, label: `By ${date}`, sub: counted, value: n, lowerBound: more, valueText: `${more ? 'more than ' : ''}${count(n)}` };
  });
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0)) * 1.2;
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max }, v)])) as Record<Variant, HBarLayout>;
  const counted = rows.filter((r) => r.value !== null);
  const missing = rows.filter((r) => r.value === null);
  const desc = `Defendants charged under the 2022 straw-purchase and trafficking crimes, as reported: ${counted.map((r) => `${r.label.toLowerCase()}, ${r.valueText}`).join('; ')}.${missing.length ? ` ${missing.map((r) => `${r.label}: ${r.valueText}`).join(' ')}` : ''}`;
  return { layouts, states: { initial: 'all', names: ['all'], rules: {} } as ChartStates, desc };
}
