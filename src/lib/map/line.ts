// Points on a lon/lat polyline: distances in km near the border's latitude, the nearest point of
// a line, and the stretch between two such points. Used when the border is reconciled (border.ts,
// at map preparation) and when a crossing's county stretch is found on it (counties.ts, at build).
import type { Position } from 'geojson';

/** Kilometres per degree of latitude; longitudes are scaled by cos(29°), the border's middle latitude. */
const KM = 111.32;
const COS = Math.cos((29 * Math.PI) / 180);

/** Distance in km between two lon/lat points, on the flat approximation used along the border. */
export function distanceKm(a: Position, b: Position): number {
  return Math.hypot((a[0]! - b[0]!) * COS, a[1]! - b[1]!) * KM;
}

/** Where a point falls on a polyline: segment index, fraction along it, and the point itself. */
export interface LinePosition {
  index: number;
  t: number;
  point: Position;
  distance: number;
}

export function nearestOnLine(line: readonly Position[], p: Position): LinePosition {
  let best: LinePosition = { index: 0, t: 0, point: line[0]!, distance: Infinity };
  for (let i = 0; i < line.length - 1; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    const dx = (b[0]! - a[0]!) * COS;
    const dy = b[1]! - a[1]!;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (((p[0]! - a[0]!) * COS) * dx + (p[1]! - a[1]!) * dy) / len2));
    const point: Position = [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
    const distance = distanceKm(point, p);
    if (distance < best.distance) best = { index: i, t, point, distance };
  }
  // A point at the end of a segment is the start of the next: normalise so equal points compare equal.
  if (best.t === 1 && best.index < line.length - 2) best = { ...best, index: best.index + 1, t: 0 };
  return best;
}

/** A point's key for exact-equality lookups (same floats, same key). */
export const key = (p: Position) => `${p[0]},${p[1]}`;

/** The point at a position, reusing the line's own vertex (same floats) when it falls on one. */
function pointAt(line: readonly Position[], at: LinePosition): Position {
  if (at.t === 0) return line[at.index]!;
  if (at.t === 1) return line[at.index + 1]!;
  return at.point;
}

const before = (a: LinePosition, b: LinePosition) => a.index < b.index || (a.index === b.index && a.t < b.t);

/** Points of `line` from position a to position b (in either direction), both ends included. */
export function lineBetween(line: readonly Position[], a: LinePosition, b: LinePosition): Position[] {
  const forward = !before(b, a);
  const [from, to] = forward ? [a, b] : [b, a];
  const out: Position[] = [pointAt(line, from)];
  const last = to.t > 0 ? to.index : to.index - 1;
  for (let k = from.index + 1; k <= last; k++) out.push(line[k]!);
  out.push(pointAt(line, to));
  const dedup = out.filter((p, i) => i === 0 || key(p) !== key(out[i - 1]!));
  return forward ? dedup : dedup.reverse();
}

