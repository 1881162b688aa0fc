// Label collision handling for chart layouts: box tests, a vertical dodge for stacked end
// labels, and a first-fit placer that tries candidate positions against obstacles.
import type { Box, TextMark } from './scales';
import { r1 } from './scales';

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}

/** True when `inner` lies inside `outer` (with a tolerance of half a pixel for rounding). */
export function inside(inner: Box, outer: Box): boolean {
  const e = 0.5;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.width <= outer.x + outer.width + e && inner.y + inner.height <= outer.y + outer.height + e;
}

/** Pairs of text marks whose boxes overlap; empty when the layout is clean. */
export function collisions(marks: Pick<TextMark, 'key' | 'box'>[]): [string, string][] {
  const hits: [string, string][] = [];
  marks.forEach((a, i) => {
    for (const b of marks.slice(i + 1)) if (overlaps(a.box, b.box)) hits.push([a.key, b.key]);
  });
  return hits;
}

/** The first candidate whose box stays inside `bounds` and clear of every obstacle; undefined if none. */
export function firstFit<T extends { box: Box }>(candidates: T[], obstacles: Box[], bounds: Box, pad = 2): T | undefined {
  return candidates.find((c) => inside(c.box, bounds) && obstacles.every((o) => !overlaps(c.box, o, pad)));
}
