// Map preparation, run once by scripts/prepare-map.mjs and never by the build: reconciles the
// US and Mexican outlines into one border line, fits the projection, simplifies both countries'
// states in one shared topology (so the border stays one line) and the context countries, and
// returns what src/assets/map/prepared.json stores. The build (geometry.ts) only reads and projects it.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { geoPath, type GeoProjection } from 'd3-geo';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { contextCountries, mexicanStates, usStates, type Area, type Outlines } from './atlas';
import { reconcileBorder } from './border';
import { MX_BORDER_STATES, US_BORDER_STATES } from './codes';
import { conic, MAP_WIDTH } from './projection';

const MARGIN = 8;
const EARTH_KM = 6371;
/** Triangles smaller than SIMPLIFY_PX (px² at MAP_WIDTH) are simplified away; detached rings under RING_PX are dropped. */
const SIMPLIFY_PX = 1;
const RING_PX = 12;

type Geo = Feature<Polygon | MultiPolygon, Area['properties']>;

/** What the build reads: the fitted projection, the simplified areas and context, the border line and the border counties. */
export interface PreparedMap {
  source: string;
  /** The projection's fit (scale and translate of `conic()`), the canvas height and steradians per px². */
  projection: { scale: number; translate: [number, number]; height: number; sr: number };
  /** Reconciled, simplified US and Mexican states (object "areas", lon/lat). */
  areas: Topology;
  /** Neighbouring countries, simplified (object "areas", lon/lat). */
  context: Topology;
  /** The international border, west to east, in US Census vertices (unsimplified lon/lat). */
  border: Position[];
  /** US Census counties of the four border states (object "counties"), to place crossings on the border. */
  counties: Topology;
}

/** Steradians per px² for a projection, measured on a 1° step at the border's latitude. */
function steradiansPerPx2(projection: GeoProjection): number {
  const a = projection([-102, 30])!;
  const b = projection([-101, 30])!;
  const kmPerPx = (111.32 * Math.cos((30 * Math.PI) / 180)) / Math.hypot(b[0] - a[0], b[1] - a[1]);
  return (kmPerPx * kmPerPx) / (EARTH_KM * EARTH_KM);
}

/** The projection fitted to the lower 48 and Mexico (Alaska and Hawaii fall outside every frame). */
function fitProjection(features: Geo[]): { projection: GeoProjection; height: number } {
  const fc: FeatureCollection = { type: 'FeatureCollection', features: features.filter((f) => f.id !== 'AK' && f.id !== 'HI') };
  const projection = conic().fitWidth(MAP_WIDTH - 2 * MARGIN, fc);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(fc);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + MARGIN, ty - y0 + MARGIN]);
  return { projection, height: Math.ceil(y1 - y0 + 2 * MARGIN) };
}

/** Simplifies lon/lat areas in one topology, so shared edges stay shared. */
function simplified(features: Geo[], sr: number): Topology {
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  const topo = topology({ areas: fc }) as unknown as Topology;
  const pre = presimplify(topo as never, sphericalTriangleArea);
  const simple = simplify(pre, sr * SIMPLIFY_PX) as unknown as Topology;
  const kept = filter(simple as never, filterAttachedWeight(simple as never, sr * RING_PX, sphericalRingArea as never)) as unknown as Topology;
  // Simplification leaves each point's weight as a third coordinate; the drawing needs only x and y.
  return { ...kept, arcs: kept.arcs.map((arc) => arc.map((p) => [p[0]!, p[1]!])) };
}

/** Everything the build needs from the raw outlines, computed once. */
export function prepareMap(outlines: Outlines): PreparedMap {
  const { us, mx, border } = reconcileBorder(usStates(outlines), mexicanStates(outlines), US_BORDER_STATES, MX_BORDER_STATES);
  const features = [...us, ...mx] as Geo[];
  const { projection, height } = fitProjection(features);
  const sr = steradiansPerPx2(projection);
  return {
    source: outlines.source,
    projection: { scale: projection.scale(), translate: projection.translate(), height, sr },
    areas: simplified(features, sr),
    context: simplified(contextCountries(outlines) as Geo[], sr),
    border,
    counties: outlines.counties,
  };
}
