// The map's state catalogue: parsing a figure's list against the states in content/maps, the
// datasets its states draw on, and an edition's words laid over a state.
import { describe, expect, it } from 'vitest';
import { MapStateSchema } from '@schemas/map-state';
import { datasetsFor, overlayMapState, parseMapStates } from '@lib/map/states';

const state = (id: string, datasets: string[]) => MapStateSchema.parse({ id, datasets, layers: [], text: { describe: `The ${id} state.` } });
const known = new Map([state('corridors', ['corridors-data']), state('cartel-share', ['corridors-data', 'share-data']), state('border', [])].map((s) => [s.id, s]));

describe('parseMapStates()', () => {
  it('keeps the order the author gave', () => {
    expect(parseMapStates(' corridors  cartel-share ', known)).toEqual(['corridors', 'cartel-share']);
  });
  it('refuses unknown, repeated or missing states, naming the missing file', () => {
    expect(() => parseMapStates('corridors routes', known)).toThrow(/unknown map state "routes": no content\/maps\/routes\.json/);
    expect(() => parseMapStates('border border', known)).toThrow(/listed twice/);
    expect(() => parseMapStates('  ', known)).toThrow(/at least one/);
  });
});

describe('datasetsFor()', () => {
  it('lists each dataset the states draw on once, in first-use order', () => {
    expect(datasetsFor(['corridors', 'cartel-share'], known)).toEqual(['corridors-data', 'share-data']);
    expect(datasetsFor(['border'], known)).toEqual([]);
  });
});

describe('overlayMapState()', () => {
  it('replaces the words and keeps everything else', () => {
    const base = known.get('corridors')!;
    const es = overlayMapState(base, { text: { describe: 'El estado de prueba.' } });
    expect(es.text).toEqual({ describe: 'El estado de prueba.' });
    expect({ ...es, text: base.text }).toEqual(base);
  });
});
