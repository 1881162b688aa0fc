// Where the five main crossings sit on the border: the stretch of the (reconciled) border line
// along the US county that holds each crossing's US city. Reads the US Census counties of the
// border states (us-atlas, kept in src/assets/map/prepared.json by scripts/prepare-map.mjs); their
// coordinates share the states file's quantization, so they fall on the line.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { distanceKm, lineBetween, nearestOnLine } from './line';
import prepared from '../../assets/map/prepared.json';

/** A county vertex closer than this to the border line is on the border. */
const ON_BORDER_KM = 0.5;

let counties: Map<string, Polygon | MultiPolygon> | undefined;
function countyGeometry(fips: string): Polygon | MultiPolygon {
  if (!counties) {
    const topo = (prepared as unknown as { counties: Topology }).counties;
    const fc = feature(topo, topo.objects.counties as GeometryCollection) as unknown as { features: { id: string; geometry: Polygon | MultiPolygon }[] };
    counties = new Map(fc.features.map((f) => [String(f.id), f.geometry]));
  }
  const g = counties.get(fips);
  if (!g) throw new Error(`prepared.json has no border-state county with FIPS code "${fips}"`);
  return g;
}

/** The part of `border` (lon/lat, west to east) that runs along a county; throws if the county does not touch it. */
export function countyBorderStretch(fips: string, border: readonly Position[]): Position[] {
  const g = countyGeometry(fips);
  const points = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat();
  const on = points.map((p) => nearestOnLine(border, p)).filter((at) => at.distance < ON_BORDER_KM);
  if (on.length < 2) throw new Error(`county ${fips} does not run along the border`);
  const order = (a: (typeof on)[number]) => a.index + a.t;
  const first = on.reduce((a, b) => (order(b) < order(a) ? b : a));
  const last = on.reduce((a, b) => (order(b) > order(a) ? b : a));
  const stretch = lineBetween(border, first, last);
  if (distanceKm(stretch[0]!, stretch.at(-1)!) < 1) throw new Error(`county ${fips} touches the border at one point only`);
  return stretch;
}
