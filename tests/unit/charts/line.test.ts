// layoutLine() and layoutCombo(): gaps break the line, panels share one year axis, labels stay
// inside and apart, and the homicide chart matches its golden SVGs.
import { describe, expect, it } from 'vitest';
import { layoutLine, type LineInput } from '../../../src/lib/charts/line';
import { layoutCombo } from '../../../src/lib/charts/combo';
import type { ComboLayout } from '../../../src/lib/charts/combo';
import { builtChart } from './entries';
import { VARIANTS } from '../../../src/lib/charts/scales';
import ComboChart from '../../../src/components/charts/ComboChart.astro';
import { fixture, outside, overlapping } from './helpers';
import { compareGolden, render, svgs } from './golden';
import raw from '../../fixtures/charts/homicides.json';

const ds = fixture(raw);
/** The content entry `homicides` drawn on the fixture dataset. */
const homicideChart = () => builtChart<ComboLayout>('homicides', [ds]);
const input = (values: (number | null)[], extra: Partial<LineInput> = {}): LineInput => ({
  years: values.map((_, i) => 2000 + i),
  series: [{ key: 's', label: 'Share', values }],
  unit: 'Share',
  percent: true,
  ...extra,
});

describe('layoutLine()', () => {
  it('breaks the line at a missing year instead of bridging it', () => {
    const l = layoutLine(input([60, 62, null, 65, 66]), 'narrow');
    expect(l.paths).toHaveLength(2);
    expect(l.dots.map((d) => d.year)).toEqual([2000, 2001, 2003, 2004]);
    expect(l.gaps.map((g) => g.year)).toEqual([2002]);
  });

  it('draws a lone value as a dot with no path', () => {
    const l = layoutLine(input([null, 61, null]), 'wide');
    expect(l.paths).toHaveLength(0);
    expect(l.dots).toHaveLength(1);
  });

  it('widens a fixed domain rather than clip a value', () => {
    const l = layoutLine(input([30, 90], { domain: [40, 80] }), 'narrow');
    for (const d of l.dots) {
      expect(d.cy).toBeGreaterThanOrEqual(l.plot.y - 0.5);
      expect(d.cy).toBeLessThanOrEqual(l.plot.y + l.plot.height + 0.5);
    }
  });

  it('leaves room for the ticks of a widened domain, alone and beside bars', () => {
    // 100% is past the fixed 40-80% domain: the plot edge must fit the "100%" tick it adds.
    const wide = input([30, 100], { domain: [40, 80] });
    for (const v of VARIANTS) {
      const alone = layoutLine(wide, v);
      expect(outside(alone.texts, alone.plot.x + alone.plot.width + 2, 1000), v).toEqual([]);
      const combo = layoutCombo({ years: wide.years, total: { key: 't', label: 'Total', values: [5, 6] }, unit: 'Count', gapLabel: 'No figure', gapKey: 'No figure published' }, wide, v);
      expect(outside(combo.line.texts, combo.width, combo.height + 1000), v).toEqual([]);
    }
  });

  it('handles empty input', () => {
    for (const v of VARIANTS) expect(JSON.stringify(layoutLine(input([]), v))).not.toMatch(/NaN|Infinity/);
  });
});

describe('homicideChart()', () => {
  it('puts a year at the same x in both panels', () => {
    const { layouts } = homicideChart();
    for (const v of VARIANTS) {
      const { bars, line } = layouts[v];
      expect(line.plot.x).toBe(bars.plot.x);
      for (const d of line.dots) {
        const bar = bars.bars.find((b) => b.year === d.year)!;
        expect(Math.abs(bar.x + bar.width / 2 - d.cx)).toBeLessThanOrEqual(0.15);
      }
      expect(line.plot.y).toBeGreaterThan(bars.height);
    }
  });

  it('hatches preliminary years and opens their dots', () => {
    const { layouts } = homicideChart();
    expect(layouts.narrow.bars.bars.filter((b) => b.hatched).map((b) => b.year)).toEqual([2016, 2021, 2024]);
    expect(layouts.narrow.line.dots.filter((d) => d.open).map((d) => d.year)).toEqual([2016, 2021, 2024]);
  });

  it('keeps every label inside the SVG and apart, with no callout dropped', () => {
    const { layouts } = homicideChart();
    for (const v of VARIANTS) {
      const l = layouts[v];
      const texts = [...l.bars.texts, ...l.line.texts];
      expect(outside(texts, l.width, l.height), v).toEqual([]);
      expect(overlapping(texts), v).toEqual([]);
      expect([...l.bars.dropped, ...l.line.dropped], v).toEqual([]);
    }
  });

  it('is deterministic', () => {
    expect(homicideChart()).toEqual(homicideChart());
  });

  it('matches the golden SVGs', async () => {
    const html = await render(ComboChart, { id: 'homicides', title: 'Fixture homicide chart', ...homicideChart() });
    const [narrow, wide] = svgs(html);
    expect(compareGolden('homicides-narrow', narrow!)).toBeNull();
    expect(compareGolden('homicides-wide', wide!)).toBeNull();
  });
});
