// The map's state catalogue: parsing a figure's list and the datasets its states need.
import { describe, expect, it } from 'vitest';
import { datasetsFor, MAP_STATES, parseMapStates, STATE_DATA } from '@lib/map/states';

describe('parseMapStates()', () => {
  it('keeps the order the author gave', () => {
    expect(parseMapStates(' corridors  cartel-share ')).toEqual(['corridors', 'cartel-share']);
  });
  it('refuses unknown, repeated or missing states', () => {
    expect(() => parseMapStates('corridors routes')).toThrow(/unknown map state "routes"/);
    expect(() => parseMapStates('sources sources')).toThrow(/listed twice/);
    expect(() => parseMapStates('  ')).toThrow(/at least one/);
  });
});

describe('datasetsFor()', () => {
  it('lists each needed dataset once, in first-use order', () => {
    expect(datasetsFor(['corridors', 'cartel-share'])).toEqual(['trace-corridors-2022-2023', 'cartel-dominance-share']);
    expect(datasetsFor(['border', 'border-states'])).toEqual([]);
  });
  it('covers every state', () => {
    expect(Object.keys(STATE_DATA).sort()).toEqual([...MAP_STATES].sort());
  });
});
