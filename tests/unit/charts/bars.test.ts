// layoutBars(): gaps stay gaps, labels stay inside and apart, output is deterministic,
// and the rendered SVG matches its golden file.
import { describe, expect, it } from 'vitest';
import { layoutBars, gapRuns, type BarsInput } from '../../../src/lib/charts/bars';
import type { BarsLayout } from '../../../src/lib/charts/bars';
import { builtChart } from './entries';
import { VARIANTS } from '../../../src/lib/charts/scales';
import BarsChart from '../../../src/components/charts/BarsChart.astro';
import { fixture, outside, overlapping } from './helpers';
import { compareGolden, render, svgs } from './golden';
import raw from '../../fixtures/charts/traces.json';

const ds = fixture(raw);
/** The content entry `traces` drawn on the fixture dataset. */
const traceChart = () => builtChart<BarsLayout>('traces', [ds]);
const input = (values: (number | null)[], part?: (number | null)[]): BarsInput => ({
  years: values.map((_, i) => 2000 + i),
  total: { key: 't', label: 'Submitted for tracing', values },
  part: part ? { key: 'p', label: 'US-sourced', values: part } : undefined,
  unit: 'Firearms',
  gapLabel: 'No yearly figure published',
  gapKey: 'No figure published',
});

describe('layoutBars()', () => {
  it('draws no bar for a missing year and marks the slot as a gap', () => {
    for (const v of VARIANTS) {
      const l = layoutBars(input([5, null, 7]), v);
      expect(l.bars.map((b) => b.year)).toEqual([2000, 2002]);
      expect(l.gaps.filter((g) => g.year === 2001)).toHaveLength(1);
    }
  });

  it('draws the part inside the total, from the same baseline', () => {
    const l = layoutBars(input([10, 20], [5, 20]), 'narrow');
    for (const year of [2000, 2001]) {
      const t = l.bars.find((b) => b.key === `total-${year}`)!;
      const p = l.bars.find((b) => b.key === `part-${year}`)!;
      expect(p.y + p.height).toBe(t.y + t.height);
      expect(p.height).toBeLessThanOrEqual(t.height);
      expect(p.x).toBe(t.x);
    }
  });

  it('keeps every bar inside the plot and the value axis starting at zero', () => {
    for (const v of VARIANTS) {
      const l = layoutBars(input([3, 50, 12]), v);
      for (const b of l.bars) {
        expect(b.x).toBeGreaterThanOrEqual(l.plot.x);
        expect(b.x + b.width).toBeLessThanOrEqual(l.plot.x + l.plot.width + 0.5);
        expect(b.y).toBeGreaterThanOrEqual(l.plot.y - 0.5);
      }
      expect(l.texts.some((t) => t.key === 'ytick-0')).toBe(true);
    }
  });

  it('handles a single point and an all-gap series without throwing or NaN', () => {
    for (const v of VARIANTS) {
      for (const l of [layoutBars(input([42]), v), layoutBars(input([null, null]), v), layoutBars(input([]), v)]) {
        expect(JSON.stringify(l)).not.toMatch(/NaN|null,"y"|Infinity/);
        expect(l.height).toBeGreaterThan(0);
      }
    }
  });

  it('finds runs of missing years', () => {
    expect(gapRuns([1, 2, 3, 4, 5], [1, null, null, 4, null])).toEqual([[2, 3], [5]]);
  });

  it('is deterministic', () => {
    expect(traceChart()).toEqual(traceChart());
  });

  it('keeps every label of the trace chart inside the SVG and apart, at both widths', () => {
    const { layouts } = traceChart();
    for (const v of VARIANTS) {
      const l = layouts[v];
      expect(outside(l.texts, l.width, l.height), v).toEqual([]);
      expect(overlapping(l.texts), v).toEqual([]);
      expect(l.dropped, v).toEqual([]);
      expect(l.texts.filter((t) => t.cls.startsWith('series-label')).length, `${v}: both series labelled in place`).toBe(2);
    }
  });
});

describe('<BarsChart>', () => {
  it('matches the golden SVGs', async () => {
    const chart = traceChart();
    const html = await render(BarsChart, { id: 'traces', title: 'Fixture trace chart', ...chart });
    const [narrow, wide] = svgs(html);
    expect(compareGolden('traces-narrow', narrow!)).toBeNull();
    expect(compareGolden('traces-wide', wide!)).toBeNull();
  });
});
