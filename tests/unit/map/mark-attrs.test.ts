// markPrinter(): live marks carry their switching attributes (states and emphasis); snapshots
// keep only what is visible in their state, with fixed classes.
import { describe, expect, it } from 'vitest';
import { markPrinter } from '../../../src/lib/map/mark-attrs';

const mark = { states: ['sources', 'corridors'] as const, emph: ['corridors'] as const };

describe('markPrinter()', () => {
  it('live: every mark is printed with data-states and data-emph for the island', () => {
    const { visible, attrs } = markPrinter('border', 'live');
    expect(visible({ states: ['sources'] })).toBe(true);
    expect(attrs({ states: [...mark.states], emph: [...mark.emph] }, 'map-key')).toEqual({ 'data-states': 'sources corridors', 'data-emph': 'corridors', class: 'map-key is-off' });
  });
  it('snapshot: only marks of that state, classes fixed, no switching attributes', () => {
    const { visible, attrs } = markPrinter('corridors', 'snapshot');
    expect(visible({ states: ['sources'] })).toBe(false);
    expect(visible({})).toBe(true);
    expect(attrs({ states: [...mark.states], emph: [...mark.emph] }, 'map__flow')).toEqual({ class: 'map__flow is-emph' });
  });
});
