// layoutHBar(): bars scale from zero, values stay readable (outside, or inside when there is
// no room), labels stay inside and apart; the channels chart matches its golden SVGs.
import { describe, expect, it } from 'vitest';
import { layoutHBar } from '../../../src/lib/charts/hbar';
import type { HBarLayout } from '../../../src/lib/charts/hbar';
import { builtChart, rowStates } from './entries';
import { VARIANTS } from '../../../src/lib/charts/scales';
import HBarChart from '../../../src/components/charts/HBarChart.astro';
import { fixture, outside, overlapping } from './helpers';
import { compareGolden, render, svgs } from './golden';
import raw from '../../fixtures/charts/channels.json';

const ds = fixture(raw);
/** The content entry `channels` drawn on the fixture dataset, one state per fixture row. */
const channelChart = () => builtChart<HBarLayout>('channels', [ds], (e) => ({ ...e, states: rowStates(ds.rows.map((r) => r.id)) }));

describe('layoutHBar()', () => {
  it('scales widths in proportion to values on a fixed 0-100 track', () => {
    const l = layoutHBar({ rows: [{ id: 'a', label: 'A', value: 50, valueText: '50%' }, { id: 'b', label: 'B', value: 25, valueText: '25%' }], max: 100, track: true }, 'narrow');
    expect(l.rows[0]!.width / l.rows[1]!.width).toBeCloseTo(2, 1);
    expect(l.rows[0]!.track).toBeGreaterThan(l.rows[0]!.width);
  });

  it('moves the value inside a bar that leaves no room after it', () => {
    const l = layoutHBar({ rows: [{ id: 'a', label: 'A', value: 100, valueText: '100%' }], max: 100 }, 'narrow');
    expect(l.texts.find((t) => t.key === 'value-a')!.cls).toContain('value--inside');
  });

  it('ends a minimum value in a chevron', () => {
    const l = layoutHBar({ rows: [{ id: 'a', label: 'A', value: 500, lowerBound: true, valueText: 'more than 500' }], max: 600 }, 'wide');
    expect(l.rows[0]!.chevron).toMatch(/^M/);
  });

  it('handles no rows and one row', () => {
    for (const v of VARIANTS) {
      expect(layoutHBar({ rows: [] }, v).rows).toEqual([]);
      expect(JSON.stringify(layoutHBar({ rows: [{ id: 'a', label: 'A', value: 0, valueText: '0' }] }, v))).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('channelChart()', () => {
  it('orders channels from largest share down and keeps labels inside and apart', () => {
    const { layouts } = channelChart();
    expect(layouts.narrow.rows.map((r) => r.id)).toEqual(['dealers', 'straw', 'theft', 'online', 'shows']);
    for (const v of VARIANTS) {
      expect(outside(layouts[v].texts, layouts[v].width, layouts[v].height), v).toEqual([]);
      expect(overlapping(layouts[v].texts), v).toEqual([]);
    }
  });

  it('is deterministic and matches the golden SVGs', async () => {
    expect(channelChart()).toEqual(channelChart());
    const html = await render(HBarChart, { id: 'channels', title: 'Fixture channels', ...channelChart() });
    const [narrow, wide] = svgs(html);
    expect(compareGolden('channels-narrow', narrow!)).toBeNull();
    expect(compareGolden('channels-wide', wide!)).toBeNull();
  });
});
