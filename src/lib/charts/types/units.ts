// Chart type `units`: one mark for one unit (e.g. one investigator) beside one dot per item of
// its share (licensees per investigator, a published ratio rounded to whole marks), one group
// per row. Roles: year, units, items, ratio. Texts: label {year} {units} {items}, one,
// many {n}, desc {items}.
import type { Dataset } from '../../../schemas/dataset';
import { num } from '../data';
import { count } from '../describe';
import { VARIANTS, type Variant } from '../scales';
import { layoutUnits, type UnitGroup, type UnitsLayout } from '../units';
import type { Built, ChartContext } from './context';

export function units([ds]: Dataset[], c: ChartContext): Built<UnitsLayout> {
  const n = (v: number) => count(v, c.locale);
  const groups: UnitGroup[] = ds!.rows.map((row) => {
    const ratio = num(ds!, row, c.field('ratio'))!;
    const year = num(ds!, row, c.field('year'));
    return {
      id: row.id,
      label: c.say('label', { year: String(year), units: n(num(ds!, row, c.field('units'))!), items: n(num(ds!, row, c.field('items'))!) }),
      count: Math.round(ratio),
      oneText: c.say('one'),
      manyText: c.say('many', { n: n(Math.round(ratio)) }),
    };
  });
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutUnits(groups, v)])) as Record<Variant, UnitsLayout>;
  const desc = c.say('desc', { items: groups.map((g) => `${g.label}, ${g.manyText}`).join('; ') });
  return { layouts, states: c.states(), desc };
}
