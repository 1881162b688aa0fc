// Geometry of one corridor arrow: a gentle curve from the state of first sale to the state of
// recovery, ending in an arrowhead. Pure; coordinates in map px (labels are placed by labels.ts).
import type { Point } from './geometry';
import { r1 } from '../format/round';

export interface FlowShape {
  /** The curved line, stopping where the arrowhead begins. */
  d: string;
  /** The arrowhead triangle, its tip on the destination. */
  head: string;
}

const pt = (p: Point) => `${r1(p[0])},${r1(p[1])}`;

/**
 * @param width stroke width of the line; the head is sized from it
 * @param bend how far the curve bows sideways, as a share of the straight distance (positive: to the left of travel)
 */
export function flowShape(from: Point, to: Point, width: number, bend = 0.18): FlowShape {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const len = Math.hypot(dx, dy);
  if (len === 0) throw new Error('a flow needs two different points');
  const [nx, ny] = [-dy / len, dx / len];
  const control: Point = [from[0] + dx / 2 + nx * bend * len, from[1] + dy / 2 + ny * bend * len];
  const [tx, ty] = [to[0] - control[0], to[1] - control[1]];
  const tlen = Math.hypot(tx, ty);
  const [ux, uy] = [tx / tlen, ty / tlen];
  const headLen = Math.max(8, width * 1.6);
  const headHalf = Math.max(5, width * 1.1);
  const base: Point = [to[0] - ux * headLen, to[1] - uy * headLen];
  const left: Point = [base[0] - uy * headHalf, base[1] + ux * headHalf];
  const right: Point = [base[0] + uy * headHalf, base[1] - ux * headHalf];
  return { d: `M${pt(from)}Q${pt(control)} ${pt(base)}`, head: `M${pt(to)}L${pt(left)}L${pt(right)}Z` };
}
