// layoutTimeline(): events in order down the page, long silences shown as breaks, text kept
// inside and apart at both widths; the timeline matches its golden SVGs.
import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/lib/charts/timeline';
import type { TimelineLayout } from '../../../src/lib/charts/timeline';
import { builtChart } from './entries';
import { VARIANTS } from '../../../src/lib/charts/scales';
import TimelineChart from '../../../src/components/charts/TimelineChart.astro';
import { fixture, outside, overlapping } from './helpers';
import { compareGolden, render, svgs } from './golden';
import raw from '../../fixtures/charts/timeline.json';

const ds = fixture(raw);
/** The content entry `timeline` drawn on the fixture dataset. */
const timelineChart = () => builtChart<TimelineLayout>('timeline', [ds]);

describe('layoutTimeline()', () => {
  it('places events top to bottom in input order', () => {
    for (const v of VARIANTS) {
      const ys = timelineChart().layouts[v].nodes.map((n) => n.cy);
      expect(ys.every((y, i) => i === 0 || y > ys[i - 1]!)).toBe(true);
    }
  });

  it('breaks the rail where years are skipped and says how many', () => {
    const l = timelineChart().layouts.narrow;
    expect(l.rail.find((r) => r.key === 'rail-e1')!.broken).toBe(true);
    expect(l.texts.find((t) => t.key === 'break-e1')!.lines[0]).toBe('6 years later');
    expect(l.rail.find((r) => r.key === 'rail-e4')!.broken).toBe(false);
  });

  it('keeps every label inside the SVG and apart', () => {
    const { layouts } = timelineChart();
    for (const v of VARIANTS) {
      expect(outside(layouts[v].texts, layouts[v].width, layouts[v].height), v).toEqual([]);
      expect(overlapping(layouts[v].texts), v).toEqual([]);
    }
  });

  it('handles no events and one event', () => {
    for (const v of VARIANTS) {
      expect(layoutTimeline({ events: [], categories: [] }, v).nodes).toEqual([]);
      const one = layoutTimeline({ events: [{ id: 'a', year: 2020, dateText: '2020', text: 'One', category: 'law' }], categories: [{ key: 'law', label: 'Law' }] }, v);
      expect(one.rail).toEqual([]);
      expect(one.nodes).toHaveLength(1);
    }
  });

  it('is deterministic and matches the golden SVGs', async () => {
    expect(timelineChart()).toEqual(timelineChart());
    const html = await render(TimelineChart, { id: 'timeline', title: 'Fixture timeline', ...timelineChart() });
    const [narrow, wide] = svgs(html);
    expect(compareGolden('timeline-narrow', narrow!)).toBeNull();
    expect(compareGolden('timeline-wide', wide!)).toBeNull();
  });
});
