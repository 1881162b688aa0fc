// Chart type `annual-bars`: one bar per year for a total, with a part of it drawn inside
// (e.g. firearms submitted for tracing, and the US-sourced part). Years without a figure stay
// empty slots; rows whose `kind` field has the `kind` value are hatched.
// Roles (fields): year, total, part; optional share (the callout on the newest year), kind.
// Texts: total, part, unit, gapLabel, gapKey, hatchKey, callout {share}, desc {years},
// descLatest {year} {total} {part}, descMissing {years}. Marks: part, gap, callout, y<year>, $latest.
import type { Dataset } from '../../../schemas/dataset';
import { layoutBars, type BarsInput, type BarsLayout } from '../bars';
import { annualSeries, num, str } from '../data';
import { count, listYears, share } from '../describe';
import { VARIANTS, type Variant } from '../scales';
import { yTag } from '../states';
import type { Built, ChartContext } from './context';

export function annualBars([ds]: Dataset[], c: ChartContext): Built<BarsLayout> {
  const locale = c.locale;
  const [yearKey, totalKey, partKey] = [c.field('year'), c.field('total'), c.field('part')];
  const shareKey = c.optional('share');
  const kindKey = c.optional('kind');
  const { years, values, rows } = annualSeries(ds!, yearKey, [totalKey, partKey]);
  const totals = values[totalKey]!;
  const parts = values[partKey]!;
  const known = years.filter((_, i) => totals[i] !== null);
  const latestIndex = totals.map((v, i) => (v !== null && parts[i] !== null ? i : -1)).filter((i) => i >= 0).pop();
  const latest = latestIndex !== undefined ? years[latestIndex]! : years[years.length - 1]!;
  const latestRow = latestIndex !== undefined ? rows[latestIndex] : null;
  const latestShare = latestRow && shareKey ? num(ds!, latestRow, shareKey) : null;
  const input: BarsInput = {
    years,
    total: { key: totalKey, label: c.say('total'), values: totals },
    part: { key: partKey, label: c.say('part'), values: parts },
    hatched: kindKey ? rows.map((r) => (r ? str(ds!, r, kindKey) === c.value('kind') : false)) : undefined,
    hatchKey: c.entry.fields.kind ? c.say('hatchKey') : undefined,
    unit: c.say('unit'),
    gapLabel: c.say('gapLabel'),
    gapKey: c.say('gapKey'),
    callouts: latestShare !== null ? [{ year: latest, text: c.say('callout', { share: share(latestShare, locale) }) }] : [],
    labelYear: latest,
  };
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutBars(input, v)])) as Record<Variant, BarsLayout>;
  const missing = years.filter((_, i) => totals[i] === null);
  const sentences = [
    c.say('desc', { years: listYears(known, locale) }),
    latestIndex !== undefined ? c.say('descLatest', { year: latest, total: count(totals[latestIndex]!, locale), part: count(parts[latestIndex]!, locale) }) : '',
    missing.length ? c.say('descMissing', { years: listYears(missing, locale) }) : '',
  ];
  return { layouts, states: c.states({ latest: yTag(latest) }), desc: sentences.filter(Boolean).join(' ') };
}
