// Shared geometry for every chart layout: the two build-time widths (phone and desktop),
// rounding, a year band axis that keeps every year (so gaps stay visible) and a linear value axis.
import { scaleBand, scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import { textWidth } from './text';
import { r1 } from '../format/round';

/** A chart is laid out twice at build: once for a phone column, once for a desktop column. */
export type Variant = 'narrow' | 'wide';
export const VARIANTS: Variant[] = ['narrow', 'wide'];

export interface Size {
  width: number;
  /** Body text size in px (SVG units; shown 1:1 at the design width). */
  font: number;
  /** Tick and note text size in px. */
  small: number;
}

/** 320 fits a 360 px phone with page padding; 640 fits the desktop text column. */
export const SIZES: Record<Variant, Size> = {
  narrow: { width: 320, font: 14, small: 12.5 },
  wide: { width: 640, font: 15, small: 13 },
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextMark {
  key: string;
  x: number;
  y: number;
  /** One entry per line; rendered as <tspan>s. */
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  size: number;
  bold?: boolean;
  cls: string;
  tags: string[];
  /** Estimated bounding box, used by tests and by collision avoidance. */
  box: Box;
}

export { r1 };

/** Line height in px for a text size. */
export const lineHeight = (size: number): number => r1(size * 1.25);

/** Bounding box of a text mark whose first baseline is at y. */
export function textBox(x: number, y: number, lines: string[], size: number, anchor: TextMark['anchor'], bold = false): Box {
  const width = Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const top = y - size * 0.8;
  return { x: r1(left), y: r1(top), width: r1(width), height: r1(size * 0.8 + (lines.length - 1) * lineHeight(size) + size * 0.25) };
}

/** Build a text mark with its box. */
export function text(key: string, x: number, y: number, lines: string[], opts: { size: number; anchor?: TextMark['anchor']; bold?: boolean; cls: string; tags?: string[] }): TextMark {
  const anchor = opts.anchor ?? 'start';
  return { key, x: r1(x), y: r1(y), lines, anchor, size: opts.size, bold: opts.bold, cls: opts.cls, tags: opts.tags ?? [], box: textBox(x, y, lines, opts.size, anchor, opts.bold) };
}

/** The same text mark moved sideways just enough to sit inside [minX, maxX]. */
export function clampX(mark: TextMark, minX: number, maxX: number): TextMark {
  const shift = mark.box.x < minX ? minX - mark.box.x : mark.box.x + mark.box.width > maxX ? maxX - (mark.box.x + mark.box.width) : 0;
  if (shift === 0) return mark;
  return { ...mark, x: r1(mark.x + shift), box: { ...mark.box, x: r1(mark.box.x + shift) } };
}

/** Every integer year from first to last, so a missing year is a visible empty slot. */
export function yearRange(first: number, last: number): number[] {
  const years: number[] = [];
  for (let y = first; y <= last; y += 1) years.push(y);
  return years;
}

/** A band scale over years with its rounded helpers. */
export function yearBands(years: number[], left: number, right: number, padding = 0.22) {
  const band = scaleBand<number>(years, [left, right]).paddingInner(padding).paddingOuter(padding / 2);
  return {
    x: (year: number) => r1(band(year) ?? left),
    center: (year: number) => r1((band(year) ?? left) + band.bandwidth() / 2),
    bandwidth: r1(band.bandwidth()),
    step: band.step(),
  };
}

/**
 * Years to label on a band axis: always the first and last year, then round years,
 * dropping any label that would touch its neighbour.
 */
export function yearTicks(years: number[], center: (y: number) => number, size: number, gap = 6): number[] {
  if (years.length === 0) return [];
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const half = textWidth('0000', size) / 2;
  for (const step of [1, 2, 5, 10, 20]) {
    const picked = years.filter((y) => y === first || y === last || y % step === 0);
    const fits = picked.every((y, i) => i === 0 || center(y) - center(picked[i - 1]!) >= 2 * half + gap);
    if (fits) return picked;
  }
  // Even decade labels collide: keep the ends only, and the last only if it clears the first.
  return center(last) - center(first) >= 2 * half + gap ? [first, last] : [first];
}

/** A zero-based linear scale for counts or shares, niced, with a handful of ticks. */
export function valueScale(max: number, range: [number, number], ticks = 4, domain?: [number, number]) {
  const scale = scaleLinear(domain ?? [0, max > 0 ? max : 1], range);
  if (!domain) scale.nice(ticks);
  return { y: (v: number) => r1(scale(v)), ticks: scale.ticks(ticks), domain: scale.domain() as [number, number] };
}

const comma = format(',');
/** Axis labels: 25000 → "25,000", 250000 → "250k" on narrow charts when asked. */
export function tickLabel(value: number, opts: { percent?: boolean; short?: boolean } = {}): string {
  if (opts.percent) return `${comma(value)}%`;
  if (opts.short && Math.abs(value) >= 10000) return `${comma(value / 1000)}k`;
  return comma(value);
}
