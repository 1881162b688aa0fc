// Chart types for published figures that are not one series:
// `dated-figures`: every published figure as its own row, drawn over the period it covers and
//   grouped by kind (entry `groups`: key → values of the `measure` field), never joined into a
//   line. Roles: label (a category, shown through its labels), period, start, end, count,
//   qualifier, measure, change, comparison. Values: yearlyAverage, runningTotal, moreThan,
//   fewerThan (qualifier/measure values). Texts: groups {key: header}, up {pct}, down {pct},
//   changeOn {change} {comparison}, noCount, yearlyAverage {n}, moreThan {n}, fewerThan {n},
//   inAll {n}, axis, item {label} {sub} {value}, desc {groups}. Marks: group-<key>, row-<id>.
// `value-bars`: the rows the entry lists (`rows`), one bar each, labelled by `label`.
//   Roles: label, value. Options: headroom (the axis runs to the largest value × headroom).
//   Texts: desc (row cells and derived values). Marks: row-<id>.
// `dated-totals`: one bar per reported running total, open-ended where the qualifier is
//   values.moreThan; a row without a count is kept as a marked gap. Roles: date, count,
//   qualifier; optional counted. Texts: by {date}, moreThan {n}, noTotal, desc {items}.
import type { Dataset, Row } from '../../../schemas/dataset';
import { formatDate } from '../../format/value';
import { t } from '../../i18n/messages';
import { getRow } from '../../data/rows';
import { label, num, str, yearOf } from '../data';
import { count } from '../describe';
import { layoutHBar, type HBarLayout, type HBarRow } from '../hbar';
import { layoutRange, type RangeLayout, type RangeRow } from '../range';
import { VARIANTS, type Variant } from '../scales';
import type { Built, ChartContext } from './context';

/** "more than 1,100", "115 a year on average", "up 86% on 2022", "1,125 in all". */
function figureText(ds: Dataset, row: Row, c: ChartContext): string {
  const n = num(ds, row, c.field('count'));
  const q = str(ds, row, c.field('qualifier'));
  const measure = str(ds, row, c.field('measure'));
  if (n === null) {
    const pct = num(ds, row, c.field('change'));
    const cmp = str(ds, row, c.field('comparison'));
    if (pct !== null) {
      const change = c.say(pct >= 0 ? 'up' : 'down', { pct: Math.abs(pct) });
      return cmp ? c.say('changeOn', { change, comparison: cmp }) : change;
    }
    return cmp ? cmp.split(/[;(]/)[0]!.trim() : c.say('noCount');
  }
  if (q === c.value('yearlyAverage')) return c.say('yearlyAverage', { n: count(n, c.locale) });
  const total = measure === c.value('runningTotal') ? c.say('inAll', { n: count(n, c.locale) }) : count(n, c.locale);
  return q === c.value('moreThan') ? c.say('moreThan', { n: total }) : q === c.value('fewerThan') ? c.say('fewerThan', { n: total }) : total;
}

export function datedFigures([ds]: Dataset[], c: ChartContext): Built<RangeLayout> {
  const headers = c.group('groups');
  const rows: RangeRow[] = [];
  for (const g of c.entry.groups ?? []) {
    for (const row of ds!.rows) {
      if (!g.values.includes(str(ds!, row, c.field('measure')) ?? '')) continue;
      const endDate = str(ds!, row, c.field('end'));
      rows.push({
        id: row.id,
        label: label(ds!, row, c.field('label')) ?? '',
        sub: str(ds!, row, c.field('period')) ?? undefined,
        low: yearOf(str(ds!, row, c.field('start'))!),
        high: endDate ? yearOf(endDate, true) : null,
        valueText: figureText(ds!, row, c),
        group: g.key,
      });
    }
  }
  const groups = (c.entry.groups ?? []).filter((g) => rows.some((r) => r.group === g.key)).map((g) => ({ key: g.key, label: headers[g.key] ?? g.key }));
  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'year', label: c.say('axis') }, groups, headers: true }, v)]),
  ) as Record<Variant, RangeLayout>;
  const desc = c.say('desc', {
    groups: groups
      .map((g) => t(c.locale)('chart.groupItems', { label: g.label, items: rows.filter((r) => r.group === g.key).map((r) => c.say('item', { label: r.label, sub: r.sub ?? '', value: r.valueText })).join('; ') }))
      .join(' '),
  });
  return { layouts, states: c.states(), desc };
}

export function valueBars([ds]: Dataset[], c: ChartContext): Built<HBarLayout> {
  const [labelKey, valueKey] = [c.field('label'), c.field('value')];
  const rows = (c.entry.rows ?? []).map((id): HBarRow & { value: number } => {
    const row = getRow(ds!, id);
    const n = num(ds!, row, valueKey);
    if (n === null) throw new Error(`Dataset "${ds!.id}" row "${id}" has no ${valueKey}, which chart "${c.id}" draws`);
    return { id, label: str(ds!, row, labelKey) ?? id, value: n, valueText: count(n, c.locale) };
  });
  const max = Math.max(...rows.map((r) => r.value)) * c.option('headroom', 1.15);
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max }, v)])) as Record<Variant, HBarLayout>;
  return { layouts, states: c.states(), desc: c.say('desc') };
}

export function datedTotals([ds]: Dataset[], c: ChartContext): Built<HBarLayout> {
  const countedKey = c.optional('counted');
  const rows: HBarRow[] = ds!.rows.map((row) => {
    const n = num(ds!, row, c.field('count'));
    const more = str(ds!, row, c.field('qualifier')) === c.value('moreThan');
    const date = formatDate(str(ds!, row, c.field('date'))!, c.locale);
    const counted = (countedKey && str(ds!, row, countedKey)) ?? undefined;
    if (n === null) return { id: row.id, label: date, value: null, valueText: counted ?? c.say('noTotal') };
    return { id: row.id, label: c.say('by', { date }), sub: counted, value: n, lowerBound: more, valueText: more ? c.say('moreThan', { n: count(n, c.locale) }) : count(n, c.locale) };
  });
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0)) * c.option('headroom', 1.2);
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max }, v)])) as Record<Variant, HBarLayout>;
  const counted = rows.filter((r) => r.value !== null);
  const missing = rows.filter((r) => r.value === null);
  const desc = `${c.say('desc', { items: counted.map((r) => `${r.label.toLowerCase()}, ${r.valueText}`).join('; ') })}${missing.length ? ` ${missing.map((r) => `${r.label}: ${r.valueText}`).join(' ')}` : ''}`;
  return { layouts, states: c.states(), desc };
}
