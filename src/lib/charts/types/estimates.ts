// Chart type `estimates`: published estimates of one quantity, one row per estimate (who,
// when, how), each drawn as a central dot, a stated interval, or an open-ended arrow for a
// figure given only as a minimum; grouped by kind of estimate, in the dataset's order.
// Roles: author, year, kind, low, central, high; optional period, statedAs (a text field whose
// wording, values.floorWords, marks a central figure stated as a floor).
// Texts: kinds {state: label}, published {year}, moreThan {n}, upTo {n}, noFigure, axis,
// desc {low} {lowBy} {high} {highBy}, none. Marks: group-<kind state>, row-<id>, $lowest, $highest.
import type { Dataset } from '../../../schemas/dataset';
import { num, str } from '../data';
import { count } from '../describe';
import { layoutRange, type RangeLayout, type RangeRow } from '../range';
import { VARIANTS, type Variant } from '../scales';
import type { Built, ChartContext } from './context';

/** A state name from a kind ("official estimate" → "official-estimate"). */
export const kindState = (kind: string): string => kind.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Reader-facing value: "212,887 (89,816–359,205)", "more than 500,000", "342,000–597,000". */
export function estimateText(low: number | null, central: number | null, high: number | null, c: Pick<ChartContext, 'say' | 'locale'>): string {
  const n = (v: number) => count(v, c.locale);
  if (central !== null && low !== null && high !== null) return `${n(central)} (${n(low)}–${n(high)})`;
  if (central !== null) return n(central);
  if (low !== null && high !== null) return `${n(low)}–${n(high)}`;
  if (low !== null) return c.say('moreThan', { n: n(low) });
  if (high !== null) return c.say('upTo', { n: n(high) });
  return c.say('noFigure');
}

export function estimates([ds]: Dataset[], c: ChartContext): Built<RangeLayout> {
  const keys = { year: c.field('year'), author: c.field('author'), kind: c.field('kind'), low: c.field('low'), central: c.field('central'), high: c.field('high'), period: c.optional('period'), statedAs: c.optional('statedAs') };
  const labels = c.group('kinds');
  const kindList = (ds!.fields.find((f) => f.key === keys.kind)?.values ?? []).map((k) => ({ key: k, label: labels[kindState(k)] ?? k }));
  const floor = new RegExp(`^(${[c.entry.values.floorWords ?? []].flat().join('|') || '(?!)'})\\b`, 'i');
  const rows: (RangeRow & { sortValue: number })[] = ds!.rows.map((row) => {
    let [low, central, high] = [num(ds!, row, keys.low), num(ds!, row, keys.central), num(ds!, row, keys.high)];
    // A figure stated as a floor is stored as its central value; draw it as "more than".
    if (keys.statedAs && central !== null && low === null && high === null && floor.test(str(ds!, row, keys.statedAs) ?? '')) [low, central] = [central, null];
    const period = keys.period ? str(ds!, row, keys.period) : null;
    const year = num(ds!, row, keys.year);
    return {
      id: row.id,
      label: str(ds!, row, keys.author) ?? row.id,
      sub: [kindList.find((k) => k.key === str(ds!, row, keys.kind))?.label, year !== null ? c.say('published', { year }) : null, period].filter(Boolean).join(' · '),
      low,
      central,
      high,
      openHigh: central === null && high === null && low !== null,
      valueText: estimateText(low, central, high, c),
      group: kindState(str(ds!, row, keys.kind) ?? ''),
      sortValue: central ?? low ?? high ?? 0,
    };
  });
  // Rows stay in the dataset's order (by year of publication): "who, when, how" reads down the
  // page, and a revision ("Same authors, ...") sits right under the work it revises.
  const byValue = [...rows].sort((a, b) => a.sortValue - b.sortValue || a.id.localeCompare(b.id));
  const layouts = Object.fromEntries(
    VARIANTS.map((v) => [v, layoutRange({ rows, axis: { kind: 'count', label: c.say('axis') }, groups: kindList.map((k) => ({ key: kindState(k.key), label: k.label })) }, v)]),
  ) as Record<Variant, RangeLayout>;
  const lowest = byValue[0];
  const highest = byValue[byValue.length - 1];
  const desc = lowest && highest ? c.say('desc', { low: lowest.valueText, lowBy: lowest.label, high: highest.valueText, highBy: highest.label }) : c.say('none');
  const found: Record<string, string> = {};
  if (lowest) found.lowest = `row-${lowest.id}`;
  if (highest) found.highest = `row-${highest.id}`;
  return { layouts, states: c.states(found), desc };
}
