// Rows of points and intervals on one shared scale: estimates with their ranges (a count
// axis), or reports with the period they cover (a year axis). Each row carries its label
// above the mark, so long names wrap on a phone instead of squeezing the plot.
import { scaleLinear } from 'd3-scale';
import { firstFit } from './labels';
import { clampX, r1, SIZES, text, tickLabel, yearRange, yearTicks, type Box, type TextMark, type Variant } from './scales';
import { wrapText } from './text';

export interface RangeRow {
  id: string;
  label: string;
  /** A second, muted line under the label: who, when, how. */
  sub?: string;
  low?: number | null;
  central?: number | null;
  high?: number | null;
  /** The figure is "more than" its value: drawn as an arrow running to the edge. */
  openHigh?: boolean;
  /** The value as readers see it, e.g. "212,887 (89,816–359,205)". */
  valueText: string;
  /** Category key; its position in `groups` picks the colour class and the header. */
  group?: string;
}

export interface RangeInput {
  rows: RangeRow[];
  axis: { kind: 'count' | 'year'; label: string; domain?: [number, number] };
  /** Categories in order; with `headers`, a header line opens each group's rows. */
  groups?: { key: string; label: string }[];
  headers?: boolean;
}

export interface RangeLayout {
  width: number;
  height: number;
  plot: Box;
  grid: { key: string; x: number; y1: number; y2: number }[];
  rows: {
    id: string;
    tags: string[];
    cls: string;
    y: number;
    interval?: { x1: number; x2: number; open: boolean };
    span?: { x: number; width: number; height: number };
    point?: { cx: number; r: number };
    arrow?: string;
  }[];
  texts: TextMark[];
}

const rowTags = (r: RangeRow) => [`row-${r.id}`, ...(r.group ? [`group-${r.group}`] : [])];

/** Extent of everything a row draws on the value scale. */
function rowExtent(r: RangeRow): [number, number] | null {
  const vs = [r.low, r.central, r.high].filter((v): v is number => v !== null && v !== undefined);
  return vs.length ? [Math.min(...vs), Math.max(...vs)] : null;
}

export function layoutRange(input: RangeInput, variant: Variant): RangeLayout {
  const s = SIZES[variant];
  const extents = input.rows.map(rowExtent).filter((e): e is [number, number] => e !== null);
  const lo = Math.min(...extents.map((e) => e[0]));
  const hi = Math.max(...extents.map((e) => e[1]));
  const isYear = input.axis.kind === 'year';
  const domain: [number, number] = input.axis.domain ?? (extents.length === 0 ? [0, 1] : isYear ? [Math.floor(lo), Math.ceil(hi)] : [0, hi]);
  const plotLeft = isYear ? 14 : 6;
  const plotRight = s.width - (isYear ? 14 : 10);
  // An open-ended figure needs room to run past every value on the scale.
  const anyOpen = input.rows.some((r) => r.openHigh);
  const scale = scaleLinear(domain, [plotLeft, anyOpen ? plotRight - 16 : plotRight]);
  if (!isYear && !input.axis.domain) scale.nice(4);
  const x = (v: number) => r1(scale(v));

  const texts: TextMark[] = [text('axis-label', 0, s.small, wrapText(input.axis.label, s.width, s.small), { size: s.small, cls: 'unit' })];
  const tickY = texts[0]!.box.y + texts[0]!.box.height + s.small + 2;
  const ticks = isYear ? yearTicks(yearRange(Math.ceil(scale.domain()[0]!), Math.floor(scale.domain()[1]!)), x, s.small) : scale.ticks(variant === 'narrow' ? 3 : 5);
  for (const t of ticks) texts.push(clampX(text(`xtick-${t}`, x(t), tickY, [isYear ? String(t) : tickLabel(t, { short: variant === 'narrow' })], { size: s.small, anchor: 'middle', cls: 'tick' }), 0, s.width));
  const top = tickY + 8;

  let cursor = top + 6;
  const rows: RangeLayout['rows'] = [];
  let lastGroup: string | undefined;
  const groupIndex = (g?: string) => (g ? (input.groups ?? []).findIndex((x) => x.key === g) : -1);
  for (const r of input.rows) {
    if (input.headers && r.group && r.group !== lastGroup) {
      const label = input.groups?.find((g) => g.key === r.group)?.label ?? r.group;
      const head = text(`head-${r.group}`, 0, cursor + s.font + 6, wrapText(label, s.width, s.font, true), { size: s.font, bold: true, cls: 'group-head', tags: [`group-${r.group}`] });
      texts.push(head);
      cursor = head.box.y + head.box.height + 4;
    }
    lastGroup = r.group;
    const tags = rowTags(r);
    const label = text(`label-${r.id}`, 0, cursor + s.font, wrapText(r.label, s.width, s.font, true), { size: s.font, bold: true, cls: 'row-label', tags });
    texts.push(label);
    cursor = label.box.y + label.box.height;
    if (r.sub) {
      const sub = text(`sub-${r.id}`, 0, cursor + s.small, wrapText(r.sub, s.width, s.small), { size: s.small, cls: 'row-sub', tags });
      texts.push(sub);
      cursor = sub.box.y + sub.box.height;
    }
    const markY = r1(cursor + 12);
    const gi = groupIndex(r.group);
    const row: RangeLayout['rows'][number] = { id: r.id, tags, cls: gi >= 0 ? `cat-${gi + 1}` : '', y: markY };
    const ext = rowExtent(r);
    const marks: Box[] = [];
    if (ext) {
      const [a, b] = ext;
      const hasSpan = r.low != null && r.high != null;
      if (isYear && hasSpan && r.high! > r.low!) {
        const h = 10;
        row.span = { x: x(r.low!), width: r1(Math.max(3, x(r.high!) - x(r.low!))), height: h };
        marks.push({ x: row.span.x, y: markY - h / 2, width: row.span.width, height: h });
      } else if (hasSpan || r.openHigh) {
        const x2 = r.openHigh ? plotRight - 6 : x(b);
        row.interval = { x1: x(a), x2, open: Boolean(r.openHigh) };
        if (r.openHigh) row.arrow = `M${r1(x2)},${r1(markY - 5)}L${r1(x2 + 8)},${markY}L${r1(x2)},${r1(markY + 5)}Z`;
        marks.push({ x: x(a), y: markY - 5, width: r1((r.openHigh ? x2 + 8 : x2) - x(a)), height: 10 });
      }
      const c = r.central ?? (r.openHigh || (isYear && !hasSpan) ? a : null);
      if (c !== null && c !== undefined) {
        row.point = { cx: x(c), r: variant === 'narrow' ? 5 : 6 };
        marks.push({ x: x(c) - 6, y: markY - 6, width: 12, height: 12 });
      }
    }
    rows.push(row);
    const left = Math.min(...marks.map((m) => m.x), plotRight);
    const right = Math.max(...marks.map((m) => m.x + m.width), plotLeft);
    const base = markY + s.small * 0.35;
    const vlines = [r.valueText];
    const o = { size: s.small, cls: 'value', tags };
    const pick = firstFit(
      [text(`value-${r.id}`, right + 6, base, vlines, o), text(`value-${r.id}`, left - 6, base, vlines, { ...o, anchor: 'end' })],
      marks,
      { x: 0, y: markY - 10, width: s.width, height: 20 },
    );
    const value = pick ?? text(`value-${r.id}`, left, markY + 10 + s.small, wrapText(r.valueText, s.width - left, s.small), o);
    texts.push(value);
    cursor = Math.max(markY + 8, value.box.y + value.box.height) + (variant === 'narrow' ? 10 : 12);
  }
  const grid = ticks.map((t) => ({ key: `grid-${t}`, x: x(t), y1: r1(top), y2: r1(cursor - 4) }));
  return { width: s.width, height: r1(cursor + 2), plot: { x: plotLeft, y: top, width: plotRight - plotLeft, height: r1(cursor - top) }, grid, rows, texts };
}
