// The map states a figure may show: the entries of content/maps (one per state, read by
// registry.ts at build or from disk by tests), parsed from a figure's space-separated list, the
// datasets they draw on, and an edition's words laid over an entry. Pure.
import type { MapStateEntry, MapStateOverlay } from '../../schemas/map-state';

/** A state's id: the file name of its entry in content/maps. */
export type MapState = string;
/** The map states by id, in one edition's words. */
export type MapStates = ReadonlyMap<MapState, MapStateEntry>;

/** Parses a figure's state list, refusing unknown or repeated names. */
export function parseMapStates(list: string, known: MapStates): MapState[] {
  const states = list.split(/\s+/).filter(Boolean);
  if (states.length === 0) throw new Error('a map needs at least one state');
  const seen = new Set<string>();
  for (const s of states) {
    if (!known.has(s)) throw new Error(`unknown map state "${s}": no content/maps/${s}.json (known: ${[...known.keys()].join(', ')})`);
    if (seen.has(s)) throw new Error(`map state "${s}" is listed twice`);
    seen.add(s);
  }
  return states;
}

/** The datasets a set of states draws on, in first-use order. */
export function datasetsFor(states: readonly MapState[], known: MapStates): string[] {
  return [...new Set(states.flatMap((s) => known.get(s)?.datasets ?? []))];
}

/** An entry in an edition's words: the overlay's text replaces the English text, key for key. */
export function overlayMapState(base: MapStateEntry, overlay: MapStateOverlay): MapStateEntry {
  return { ...base, text: overlay.text };
}
