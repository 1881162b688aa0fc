// The pictures the map can show, one per step state, and the datasets each one draws on.
// A map figure lists the states it shows; every mark is drawn for the states it belongs to.

export const MAP_STATES = ['border', 'border-states', 'crossings', 'sources', 'corridors', 'cartel-share', 'villa-union', 'stores', 'dealers', 'sale-rules'] as const;
export type MapState = (typeof MAP_STATES)[number];

/** Dataset ids each state draws on; a figure must list exactly the union for its states. */
export const STATE_DATA: Record<MapState, readonly string[]> = {
  border: [],
  'border-states': [],
  crossings: ['sedena-crossings-2019'],
  sources: ['trace-source-states-2022-2023'],
  corridors: ['trace-corridors-2022-2023'],
  'cartel-share': ['trace-corridors-2022-2023', 'cartel-dominance-share'],
  'villa-union': ['villa-union-location'],
  stores: ['army-store-locations'],
  dealers: ['army-store-locations', 'border-dealers'],
  'sale-rules': ['border-state-sale-rules', 'trace-source-states-2022-2023'],
};

export function isMapState(s: string): s is MapState {
  return (MAP_STATES as readonly string[]).includes(s);
}

/** Parses a figure's space-separated state list, refusing unknown or repeated names. */
export function parseMapStates(list: string): MapState[] {
  const states = list.split(/\s+/).filter(Boolean);
  if (states.length === 0) throw new Error('a map needs at least one state');
  const seen = new Set<string>();
  for (const s of states) {
    if (!isMapState(s)) throw new Error(`unknown map state "${s}" (known: ${MAP_STATES.join(', ')})`);
    if (seen.has(s)) throw new Error(`map state "${s}" is listed twice`);
    seen.add(s);
  }
  return states as MapState[];
}

/** The datasets a set of states needs, in first-use order. */
export function datasetsFor(states: readonly MapState[]): string[] {
  return [...new Set(states.flatMap((s) => STATE_DATA[s]))];
}
