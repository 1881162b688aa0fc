// The map's geometry at build: reads the outlines prepared once by scripts/prepare-map.mjs
// (src/assets/map/prepared.json: reconciled and simplified states, context countries, the border
// line and the projection's fit), projects them with one conic equal-area projection and renders
// compact SVG paths. Figures show a frame around the four US border states and Mexico, where
// every story on the site takes place.
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Area } from './atlas';
import { US_BORDER_STATES } from './codes';
import { compactPath } from './path';
import type { PreparedMap } from './prepare';
import { conic, MAP_WIDTH } from './projection';
import { r1 } from '../format/round';
import prepared from '../../assets/map/prepared.json';

export { MAP_WIDTH };
/** Room left around the four US border states and Mexico when framing a figure, in px. */
const FRAME_PAD = 12;
const PREPARED = prepared as unknown as PreparedMap;

export type Box = [[number, number], [number, number]];
export type Point = [number, number];

export interface MapArea {
  id: string;
  name: string;
  country: 'us' | 'mx';
  d: string;
  /** Where a label or a flow end goes: the projected centroid. */
  anchor: Point;
  bounds: Box;
}

export interface MapBase {
  width: number;
  height: number;
  /** Every US state (and DC) and Mexican state, sorted by country then id. */
  areas: MapArea[];
  /** Neighbouring countries, for context only, cut to the frame. */
  context: { id: string; name: string; d: string }[];
  /** The US-Mexico border as one line. */
  border: string;
  /** The part of the map a figure shows: the US border states and Mexico. */
  frame: Box;
}

/** The international border, west to east, in lon/lat (US Census vertices, unsimplified). */
export function borderLine(): Position[] {
  return PREPARED.border;
}

export interface MapTopology {
  /** Reconciled, simplified US and Mexican states (object "areas", lon/lat). */
  topology: Topology;
  projection: GeoProjection;
  height: number;
  /** Steradians per px², the unit of the simplification thresholds. */
  sr: number;
}

let cachedTopology: MapTopology | undefined;
/** The prepared topology with its projection rebuilt from the stored fit. */
export function mapTopology(): MapTopology {
  if (!cachedTopology) {
    const { scale, translate, height, sr } = PREPARED.projection;
    cachedTopology = { topology: PREPARED.areas, projection: conic().scale(scale).translate(translate), height, sr };
  }
  return cachedTopology;
}

const countryOf = (g: GeometryObject) => (g.properties as Area['properties']).country;

/** The international border in the simplified topology: the arcs a US state shares with a Mexican one. */
export function borderMesh(topo: Topology): MultiLineString {
  return mesh(topo, topo.objects.areas as GeometryCollection, (a: GeometryObject, b: GeometryObject) => a !== b && countryOf(a) !== countryOf(b)) as MultiLineString;
}

const roundBox = (b: Box): Box => [[r1(b[0][0]), r1(b[0][1])], [r1(b[1][0]), r1(b[1][1])]];

/** The frame around the US border states and Mexico, padded and rounded to whole px. */
function frameOf(areas: MapArea[], height: number): Box {
  const inFrame = areas.filter((a) => a.country === 'mx' || (US_BORDER_STATES as readonly string[]).includes(a.id));
  const x0 = Math.min(...inFrame.map((a) => a.bounds[0][0])) - FRAME_PAD;
  const y0 = Math.min(...inFrame.map((a) => a.bounds[0][1])) - FRAME_PAD;
  const x1 = Math.max(...inFrame.map((a) => a.bounds[1][0])) + FRAME_PAD;
  const y1 = Math.max(...inFrame.map((a) => a.bounds[1][1])) + FRAME_PAD;
  return [[Math.max(0, Math.floor(x0)), Math.max(0, Math.floor(y0))], [Math.min(MAP_WIDTH, Math.ceil(x1)), Math.min(height, Math.ceil(y1))]];
}

let cachedBase: MapBase | undefined;
export function mapBase(): MapBase {
  if (cachedBase) return cachedBase;
  const { topology: topo, projection, height } = mapTopology();
  const path = geoPath(projection).digits(1);
  const collection = topo.objects.areas as GeometryCollection<Area['properties']>;
  const features = (feature(topo, collection) as FeatureCollection<Polygon | MultiPolygon, Area['properties']>).features;
  const areas: MapArea[] = features
    .map((f) => ({
      id: String(f.id),
      name: f.properties.name,
      country: f.properties.country as 'us' | 'mx',
      d: compactPath(path(f) ?? ''),
      anchor: path.centroid(f).map(r1) as Point,
      bounds: roundBox(path.bounds(f) as Box),
    }))
    .sort((a, b) => a.country.localeCompare(b.country) || a.id.localeCompare(b.id));
  const frame = frameOf(areas, height);
  const ctxTopo = PREPARED.context;
  const ctx = (feature(ctxTopo, ctxTopo.objects.areas as GeometryCollection<Area['properties']>) as FeatureCollection<Polygon | MultiPolygon, Area['properties']>).features;
  // Neighbours are cut to the frame: Canada alone would otherwise cost more than the whole map.
  const clipped = geoPath(conic().scale(projection.scale()).translate(projection.translate()).clipExtent(frame)).digits(1);
  cachedBase = {
    width: MAP_WIDTH,
    height,
    areas,
    context: ctx.map((f) => ({ id: String(f.id), name: f.properties.name, d: compactPath(clipped(f) ?? '') })).filter((c) => c.d !== ''),
    border: compactPath(path(borderMesh(topo)) ?? ''),
    frame,
  };
  return cachedBase;
}

/** Whether two boxes overlap (an area partly inside the frame is drawn; the viewBox cuts it). */
export function overlaps(a: Box, b: Box): boolean {
  return a[0][0] < b[1][0] && a[1][0] > b[0][0] && a[0][1] < b[1][1] && a[1][1] > b[0][1];
}

/** Projects a lon/lat point with the map's projection, rounded to 0.1 px. */
export function projectPoint(lonLat: Point): Point {
  const p = mapTopology().projection(lonLat);
  if (!p) throw new Error(`cannot project ${lonLat.join(', ')}`);
  return [r1(p[0]), r1(p[1])];
}

/** Renders a lon/lat line with the map's projection as a compact SVG path. */
export function projectLine(line: readonly Position[]): string {
  return compactPath(geoPath(mapTopology().projection).digits(1)({ type: 'LineString', coordinates: [...line] }) ?? '');
}
