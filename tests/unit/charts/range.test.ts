// layoutRange(): intervals, open-ended figures and periods on one scale; rows never overlap;
// labels stay inside at 320 and 640 px; the estimates chart matches its golden SVGs.
import { describe, expect, it } from 'vitest';
import { layoutRange, type RangeInput } from '../../../src/lib/charts/range';
import { estimateText } from '../../../src/lib/charts/types/estimates';
import type { RangeLayout } from '../../../src/lib/charts/range';
import { buildChart } from '../../../src/lib/charts/build';
import { chartWords } from '../../../src/lib/charts/chart-text';
import type { ChartEntry } from '../../../src/schemas/chart';
import type { Built } from '../../../src/lib/charts/types/context';
import { chartEntries } from './entries';
import { VARIANTS } from '../../../src/lib/charts/scales';
import RangeChart from '../../../src/components/charts/RangeChart.astro';
import { fixture, outside, overlapping } from './helpers';
import { compareGolden, render, svgs } from './golden';
import raw from '../../fixtures/charts/estimates.json';

const ds = fixture(raw);
const KINDS = { model: 'Statistical model', official: 'Official estimate', claim: 'Claim in a lawsuit' };
/** The content entry `estimates` with its kinds (labels and states) swapped for the fixture's. */
const content = chartEntries().estimates!;
const entry: ChartEntry = {
  ...content,
  text: { ...content.text, kinds: KINDS },
  states: { summary: 'all', names: ['all', 'spread', ...Object.keys(KINDS)], marks: { ...Object.fromEntries(Object.keys(KINDS).map((k) => [`group-${k}`, { emph: [k] }])), $lowest: { emph: ['spread'] }, $highest: { emph: ['spread'] } } },
};
const estimateChart = () => buildChart('estimates', entry, [ds], 'en').built as Built<RangeLayout>;
const words = { ...chartWords('estimates', content.text, ds, {}, 'en'), locale: 'en' as const };
const counts = (rows: RangeInput['rows']): RangeInput => ({ rows, axis: { kind: 'count', label: 'Guns per year' } });

describe('layoutRange()', () => {
  it('draws an interval with its central point inside it', () => {
    const l = layoutRange(counts([{ id: 'a', label: 'A', low: 10, central: 20, high: 40, valueText: '20' }]), 'narrow');
    const r = l.rows[0]!;
    expect(r.interval!.x1).toBeLessThan(r.point!.cx);
    expect(r.point!.cx).toBeLessThan(r.interval!.x2);
  });

  it('draws a "more than" figure as an open arrow that runs to the edge', () => {
    const l = layoutRange(counts([{ id: 'a', label: 'A', low: 10, valueText: 'more than 10', openHigh: true }, { id: 'b', label: 'B', central: 50, valueText: '50' }]), 'wide');
    expect(l.rows[0]!.interval!.open).toBe(true);
    expect(l.rows[0]!.arrow).toBeTruthy();
    expect(l.rows[0]!.interval!.x2).toBeGreaterThan(l.rows[1]!.point!.cx);
  });

  it('draws a period as a span on a year axis', () => {
    const l = layoutRange({ rows: [{ id: 'p', label: 'P', low: 2010, high: 2019, valueText: '554' }], axis: { kind: 'year', label: 'Years covered' } }, 'narrow');
    expect(l.rows[0]!.span!.width).toBeGreaterThan(100);
  });

  it('stacks rows top to bottom without overlap', () => {
    const { layouts } = estimateChart();
    for (const v of VARIANTS) {
      const ys = layouts[v].rows.map((r) => r.y);
      expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    }
  });

  it('handles no rows and a single row', () => {
    for (const v of VARIANTS) {
      expect(JSON.stringify(layoutRange(counts([]), v))).not.toMatch(/NaN|Infinity/);
      expect(JSON.stringify(layoutRange(counts([{ id: 'a', label: 'A', central: 5, valueText: '5' }]), v))).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('estimateChart()', () => {
  it('words each kind of figure plainly', () => {
    expect(estimateText(89816, 212887, 359205, words)).toBe('212,887 (89,816–359,205)');
    expect(estimateText(500000, null, null, words)).toBe('more than 500,000');
    expect(estimateText(342000, null, 597000, words)).toBe('342,000–597,000');
  });

  it('keeps rows in order of publication and names the lowest and highest in the description', () => {
    const chart = estimateChart();
    expect(chart.layouts.narrow.rows.map((r) => r.id)).toEqual(ds.rows.map((r) => r.id));
    expect(chart.desc).toContain('from 21,000 (Agency A) to 730,000 (Research centre E)');
  });

  it('keeps every label inside the SVG and apart', () => {
    const { layouts } = estimateChart();
    for (const v of VARIANTS) {
      expect(outside(layouts[v].texts, layouts[v].width, layouts[v].height), v).toEqual([]);
      expect(overlapping(layouts[v].texts), v).toEqual([]);
    }
  });

  it('is deterministic and matches the golden SVGs', async () => {
    expect(estimateChart()).toEqual(estimateChart());
    const html = await render(RangeChart, { id: 'estimates', title: 'Fixture estimates', ...estimateChart() });
    const [narrow, wide] = svgs(html);
    expect(compareGolden('estimates-narrow', narrow!)).toBeNull();
    expect(compareGolden('estimates-wide', wide!)).toBeNull();
  });
});
