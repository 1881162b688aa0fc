// Places map labels so they do not overlap: each label tries a few positions around its point
// (on it, then below, above, right, left...) and keeps the first that collides with nothing
// already placed. Sizes are estimated for a phone-width map, the tightest case. Pure.
import type { Point } from './geometry';
import { r1 } from '../format/round';

export type Anchor = 'start' | 'middle' | 'end';

export interface LabelRequest {
  id: string;
  at: Point;
  lines: string[];
  /** Fixed labels are placed as given (and block others). */
  fixed?: boolean;
  anchor?: Anchor;
}

export interface PlacedLabel {
  id: string;
  at: Point;
  anchor: Anchor;
}

type Box = [number, number, number, number];

/** Font size (map px) and average glyph width (em) used to estimate a label's box. */
export const LABEL_FONT = 22;
const GLYPH = 0.56;
const LINE = 1.15;
const PAD = 2;

/** Longest name kept on one line in a value label; a longer name of several words wraps at the space nearest its middle. */
export const NAME_LINE_MAX = 10;

/** A place name as label lines: one line, or two when it is long and has a space ("Nuevo México" → "Nuevo", "México"). */
export function nameLines(name: string, max = NAME_LINE_MAX): string[] {
  if (name.length <= max || !name.includes(' ')) return [name];
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index!);
  const cut = spaces.reduce((best, i) => (Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2) ? i : best));
  return [name.slice(0, cut), name.slice(cut + 1)];
}

export function labelBox(at: Point, lines: string[], anchor: Anchor, font = LABEL_FONT): Box {
  const w = Math.max(...lines.map((l) => l.length)) * GLYPH * font;
  const h = lines.length * LINE * font;
  const x0 = anchor === 'start' ? at[0] : anchor === 'end' ? at[0] - w : at[0] - w / 2;
  return [x0 - PAD, at[1] - h / 2 - PAD, x0 + w + PAD, at[1] + h / 2 + PAD];
}

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

/** Candidate offsets, in label heights, in order of preference. */
const CANDIDATES: [number, number, Anchor][] = [
  [0, 0, 'middle'], [0, 1, 'middle'], [0, -1, 'middle'], [0.4, 0, 'start'], [-0.4, 0, 'end'],
  [0.4, 1, 'start'], [-0.4, 1, 'end'], [0.4, -1, 'start'], [-0.4, -1, 'end'], [0, 2, 'middle'], [0, -2, 'middle'],
];

/**
 * Places labels in order; `obstacles` (boxes of marks such as arrowheads) are avoided too.
 * When every candidate collides, the one with the least overlap wins.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Box[] = [], font = LABEL_FONT): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  return requests.map((r) => {
    const h = r.lines.length * LINE * font;
    if (r.fixed) {
      const anchor = r.anchor ?? 'middle';
      taken.push(labelBox(r.at, r.lines, anchor, font));
      return { id: r.id, at: r.at, anchor };
    }
    let best: { at: Point; anchor: Anchor; cost: number } | undefined;
    for (const [dx, dy, anchor] of CANDIDATES) {
      const at: Point = [r1(r.at[0] + dx * h), r1(r.at[1] + dy * h * 0.75)];
      const box = labelBox(at, r.lines, anchor, font);
      const cost = taken.reduce((s, t) => s + overlap(box, t), 0);
      if (!best || cost < best.cost) best = { at, anchor, cost };
      if (cost === 0) break;
    }
    taken.push(labelBox(best!.at, r.lines, best!.anchor, font));
    return { id: r.id, at: best!.at, anchor: best!.anchor };
  });
}
