// layoutUnits(): one mark per unit, wrapped inside the width; captions inside and apart; and
// the rendered unit chart matches its golden SVGs.
import { describe, expect, it } from 'vitest';
import { layoutUnits, type UnitGroup } from '../../../src/lib/charts/units';
import { VARIANTS } from '../../../src/lib/charts/scales';
import UnitsChart from '../../../src/components/charts/UnitsChart.astro';
import { outside, overlapping } from './helpers';
import { compareGolden, render, svgs } from './golden';

const groups: UnitGroup[] = [
  { id: 'a', label: 'Year A: a long label that has to wrap on a phone screen', count: 120, oneText: '1 inspector', manyText: 'about 120 shops each' },
  { id: 'b', label: 'Year B', count: 7, oneText: '1 inspector', manyText: 'about 7 shops each' },
];

describe('layoutUnits()', () => {
  it('draws one mark per unit and keeps every mark inside the width', () => {
    for (const v of VARIANTS) {
      const l = layoutUnits(groups, v);
      expect(l.groups.map((g) => g.units.length)).toEqual([120, 7]);
      for (const g of l.groups) for (const u of g.units) expect(u.cx + g.r).toBeLessThanOrEqual(l.width);
    }
  });

  it('keeps captions inside the SVG and apart', () => {
    for (const v of VARIANTS) {
      const l = layoutUnits(groups, v);
      expect(outside(l.texts, l.width, l.height), v).toEqual([]);
      expect(overlapping(l.texts), v).toEqual([]);
    }
  });

  it('handles no groups and a group of zero', () => {
    expect(layoutUnits([], 'narrow').groups).toEqual([]);
    expect(layoutUnits([{ ...groups[1]!, count: 0 }], 'wide').groups[0]!.units).toEqual([]);
  });

  it('is deterministic and matches the golden SVGs', async () => {
    const layouts = { narrow: layoutUnits(groups, 'narrow'), wide: layoutUnits(groups, 'wide') };
    expect(layoutUnits(groups, 'narrow')).toEqual(layouts.narrow);
    const html = await render(UnitsChart, { id: 'units', title: 'Fixture units', desc: 'Fixture unit chart.', layouts, states: { initial: 'all', names: ['all'], rules: {} } });
    const [narrow, wide] = svgs(html);
    expect(compareGolden('units-narrow', narrow!)).toBeNull();
    expect(compareGolden('units-wide', wide!)).toBeNull();
  });
});
