// Chart type `period-shares`: a share per period (e.g. the US-sourced share of guns traced,
// period by period), each with its base, one panel per value of the `measure` field, in the
// order the field declares them, so two measures are never drawn on one line.
// Roles: start, end, share, submitted, measure; optional basis (a text field: a base described
// as "fiscal years" marks the period as fiscal; the words to look for are values.fiscal).
// Texts: measures {value: label}, fiscal {period}, sub {n}, subMissing, item {label} {value} {sub},
// desc {groups}. Marks: row-<id>, group-<measure>.
import type { Dataset } from '../../../schemas/dataset';
import { t } from '../../i18n/messages';
import { num, str } from '../data';
import { count, share } from '../describe';
import { layoutHBar, type HBarLayout, type HBarRow } from '../hbar';
import { VARIANTS, type Variant } from '../scales';
import type { Built, ChartContext } from './context';

/** "2007–2011", or "2016" for a single year. */
export const periodLabel = (a: number, b: number): string => (a === b ? String(a) : `${a}–${b}`);

export function periodShares([ds]: Dataset[], c: ChartContext): Built<HBarLayout> {
  const locale = c.locale;
  const [startKey, endKey, submittedKey, shareKey, measureKey] = [c.field('start'), c.field('end'), c.field('submitted'), c.field('share'), c.field('measure')];
  const basisKey = c.optional('basis');
  const fiscalWords = new RegExp(`${[c.entry.values.fiscal ?? []].flat().join('|') || '(?!)'}`, 'i');
  const declared = ds!.fields.find((f) => f.key === measureKey)?.values ?? [];
  const rows: HBarRow[] = [];
  for (const measure of declared) {
    for (const row of ds!.rows) {
      if (str(ds!, row, measureKey) !== measure) continue;
      const v = num(ds!, row, shareKey);
      if (v === null) continue;
      const n = num(ds!, row, submittedKey);
      const fiscal = basisKey && fiscalWords.test(str(ds!, row, basisKey) ?? '');
      const period = periodLabel(num(ds!, row, startKey)!, num(ds!, row, endKey)!);
      rows.push({
        id: row.id,
        label: fiscal ? c.say('fiscal', { period }) : period,
        sub: n !== null ? c.say('sub', { n: count(n, locale) }) : c.say('subMissing'),
        value: v,
        valueText: share(v, locale),
        group: measure,
      });
    }
  }
  const labels = c.group('measures');
  const groups = declared.filter((m) => rows.some((r) => r.group === m)).map((m) => ({ key: m, label: labels[m] ?? m }));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max: 100, track: true, groups, headers: true }, v)])) as Record<Variant, HBarLayout>;
  const desc = groups
    .map((g) => t(locale)('chart.groupItems', { label: g.label, items: rows.filter((r) => r.group === g.key).map((r) => c.say('item', { label: r.label, value: r.valueText, sub: r.sub ?? '' })).join('; ') }))
    .join(' ');
  return { layouts, states: c.states(), desc: c.say('desc', { groups: desc }) };
}
