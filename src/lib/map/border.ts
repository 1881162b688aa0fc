// Run by scripts/prepare-map.mjs, never by the build. Makes the US-Mexico border one line. us-atlas (Census) and Natural Earth draw it up to ~5 km
// apart, which leaves slivers and gaps when zoomed in. The US line is kept; each Mexican state's
// border run is replaced by the matching stretch of it, and the Mexican state junctions are
// inserted into the US rings, so topojson finds shared arcs. Pure functions on lon/lat GeoJSON.
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Area } from './atlas';
import { distanceKm, key, lineBetween, nearestOnLine, type LinePosition } from './line';

/** The largest exterior ring of the union of some areas (the mainland outline). */
export function outline(areas: readonly Area[]): Position[] {
  const fc: FeatureCollection = { type: 'FeatureCollection', features: [...areas] };
  const topo = topology({ a: fc }) as unknown as Topology;
  const merged = merge(topo, (topo.objects.a as GeometryCollection).geometries as never);
  const rings = merged.coordinates.map((polygon) => polygon[0]!);
  return rings.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The path along a closed ring from index i to index j that stays closest to `other` (of the two ways round). */
function pathBetween(ring: readonly Position[], i: number, j: number, other: readonly Position[]): Position[] {
  const n = ring.length - 1; // closed ring: last = first
  const walk = (step: 1 | -1) => {
    const out: Position[] = [];
    for (let k = i; ; k = (k + step + n) % n) {
      out.push(ring[k]!);
      if (k === j) return out;
    }
  };
  const score = (path: Position[]) => {
    const sample = path.filter((_, k) => k % 10 === 0);
    return sample.reduce((s, p) => s + nearestOnLine(other, p).distance, 0) / sample.length;
  };
  const [a, b] = [walk(1), walk(-1)];
  return score(a) <= score(b) ? a : b;
}

export interface Border {
  /** The international border, west (Pacific) to east (Gulf of Mexico), in US Census vertices. */
  line: Position[];
  /** The Mexican outline's stretch that the line replaces. */
  replaced: Position[];
}

/**
 * Finds the border in both sources. Its ends are the Census corners where it meets the sea:
 * the south-west corner of California (its southernmost mainland point) and the mouth of the
 * Rio Grande (Texas's easternmost point south of 26.05° N).
 */
export function findBorder(usBorderStates: readonly Area[], mxBorderStates: readonly Area[]): Border {
  const us = outline(usBorderStates);
  const mx = outline(mxBorderStates);
  const indexOf = (ring: Position[], score: (p: Position) => number) => ring.reduce((best, p, i) => (score(p) < score(ring[best]!) ? i : best), 0);
  const west = indexOf(us, (p) => (p[0]! < -116.5 ? p[1]! : Infinity));
  const east = indexOf(us, (p) => (p[1]! < 26.05 ? -p[0]! : Infinity));
  const line = pathBetween(us, west, east, mx);
  if (line[0]![0]! > line.at(-1)![0]!) line.reverse();
  const w = indexOf(mx, (p) => distanceKm(p, line[0]!));
  const e = indexOf(mx, (p) => distanceKm(p, line.at(-1)!));
  return { line, replaced: pathBetween(mx, w, e, line) };
}

function mapRings(area: Area, fn: (ring: Position[]) => Position[]): Area {
  const g = area.geometry;
  const geometry: Polygon | MultiPolygon = g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map(fn) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(fn)) };
  return { ...area, geometry };
}

/** Replaces each run of border vertices in a closed ring by the matching stretch of `line`. */
function replaceRuns(ring: Position[], onBorder: Set<string>, positionOf: (p: Position) => LinePosition, line: readonly Position[]): Position[] {
  const open = ring.slice(0, -1);
  const start = open.findIndex((p) => !onBorder.has(key(p)));
  if (start < 0 || open.every((p) => !onBorder.has(key(p)))) return ring;
  const rotated = [...open.slice(start), ...open.slice(0, start)];
  const out: Position[] = [];
  for (let i = 0; i < rotated.length; i++) {
    if (!onBorder.has(key(rotated[i]!))) {
      out.push(rotated[i]!);
      continue;
    }
    let j = i;
    while (j + 1 < rotated.length && onBorder.has(key(rotated[j + 1]!))) j++;
    out.push(...lineBetween(line, positionOf(rotated[i]!), positionOf(rotated[j]!)));
    i = j;
  }
  out.push(out[0]!);
  return out;
}

/** Inserts points that lie inside a segment of `line` into any ring that walks that segment. */
function insertOnSegments(ring: Position[], line: readonly Position[], extra: Map<number, LinePosition[]>): Position[] {
  const segment = new Map<string, number>();
  extra.forEach((_, k) => segment.set(`${key(line[k]!)}|${key(line[k + 1]!)}`, k));
  const out: Position[] = [ring[0]!];
  for (let i = 1; i < ring.length; i++) {
    const [p, q] = [ring[i - 1]!, ring[i]!];
    const fwd = segment.get(`${key(p)}|${key(q)}`);
    const rev = segment.get(`${key(q)}|${key(p)}`);
    const k = fwd ?? rev;
    if (k !== undefined) {
      const points = extra.get(k)!.map((at) => at.point);
      out.push(...(fwd !== undefined ? points : points.reverse()));
    }
    out.push(q);
  }
  return out;
}

export interface Reconciled {
  us: Area[];
  mx: Area[];
  border: Position[];
}

/** Returns both countries' states with one shared border line (see the file header). */
export function reconcileBorder(us: readonly Area[], mx: readonly Area[], usBorder: readonly string[], mxBorder: readonly string[]): Reconciled {
  const { line, replaced } = findBorder(
    us.filter((a) => usBorder.includes(String(a.id))),
    mx.filter((a) => mxBorder.includes(String(a.id))),
  );
  const onBorder = new Set(replaced.map(key));
  const ends = new Map<string, LinePosition>([
    [key(replaced[0]!), { index: 0, t: 0, point: line[0]!, distance: 0 }],
    [key(replaced.at(-1)!), { index: line.length - 2, t: 1, point: line.at(-1)!, distance: 0 }],
  ]);
  const junctions = new Map<string, LinePosition>();
  const positionOf = (p: Position): LinePosition => {
    const at = ends.get(key(p)) ?? nearestOnLine(line, p);
    if (at.t > 0 && at.t < 1) junctions.set(key(at.point), at);
    return at;
  };
  const mxOut = mx.map((a) => mapRings(a, (ring) => replaceRuns(ring, onBorder, positionOf, line)));
  const extra = new Map<number, LinePosition[]>();
  for (const at of junctions.values()) extra.set(at.index, [...(extra.get(at.index) ?? []), at].sort((a, b) => a.t - b.t));
  const usOut = us.map((a) => (usBorder.includes(String(a.id)) ? mapRings(a, (ring) => insertOnSegments(ring, line, extra)) : a));
  return { us: usOut, mx: mxOut, border: line };
}
