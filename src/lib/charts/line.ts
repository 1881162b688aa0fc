// Annual lines with real gaps: a missing year breaks the line (never bridged), every known
// value gets a dot, and a dot can be open (e.g. a preliminary figure). Years sit on the same
// band centres as bars.ts, so a line panel lines up under a bar panel.
import { line } from 'd3-shape';
import { plotLeftFor, unitHeight, valueAxis, yearAxis, type GridLine } from './axes';
import { firstFit } from './labels';
import { lineHeight, r1, SIZES, text, yearBands, type Box, type TextMark, type Variant } from './scales';
import { wrapText } from './text';
import { yTag } from './states';

export interface LineSeries {
  key: string;
  label: string;
  values: (number | null)[];
  /** Per year: draw the dot open. */
  open?: boolean[];
  /** Per year: draw a square instead of a dot (a value from another compiler). */
  square?: boolean[];
}

export interface LineInput {
  years: number[];
  series: LineSeries[];
  unit: string;
  percent?: boolean;
  /** Fixed value domain; default zero to the niced maximum. */
  domain?: [number, number];
  callouts?: { year: number; series: string; text: string }[];
  /** Key text for open dots, shown under the axis when any dot is open. */
  openKey?: string;
  /** Key text for gaps, shown when a series has missing years. */
  gapKey?: string;
  /** Key text for square marks, shown when any mark is square. */
  squareKey?: string;
  /** Key text for filled dots, shown when open or square marks also appear. */
  filledKey?: string;
}

export interface LineOptions {
  top?: number;
  plotHeight?: number;
  plotLeft?: number;
  /** Prefix for mark keys, so two panels in one SVG keep unique keys. */
  prefix?: string;
}

export interface LineLayout {
  width: number;
  height: number;
  plot: Box;
  paths: { key: string; d: string; tags: string[] }[];
  dots: { key: string; year: number; cx: number; cy: number; r: number; open: boolean; square: boolean; tags: string[] }[];
  gaps: { key: string; year: number; x: number; y: number; width: number; tags: string[] }[];
  swatches: { key: string; kind: 'filled' | 'open' | 'gap' | 'square'; x: number; y: number; width: number; height: number; tags: string[] }[];
  grid: GridLine[];
  texts: TextMark[];
  dropped: string[];
}

/** Left plot edge for these values (pass the larger of two panels' edges to align them). */
export function linePlotLeft(input: Pick<LineInput, 'series' | 'percent' | 'domain'>, variant: Variant): number {
  const maxValue = Math.max(0, ...input.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  return plotLeftFor(maxValue, variant, { percent: input.percent, domain: lineDomain(input) });
}

/** The value domain drawn: a fixed domain never clips data, it widens to include every value. */
function lineDomain(input: Pick<LineInput, 'series' | 'domain'>): [number, number] | undefined {
  const known = input.series.flatMap((ser) => ser.values.filter((v): v is number => v !== null && v !== undefined));
  return input.domain && [Math.min(input.domain[0], ...known), Math.max(input.domain[1], ...known)];
}

export function layoutLine(input: LineInput, variant: Variant, opts: LineOptions = {}): LineLayout {
  const s = SIZES[variant];
  const p = opts.prefix ?? '';
  const top = opts.top ?? 0;
  const known = input.series.flatMap((ser) => ser.values.filter((v): v is number => v !== null && v !== undefined));
  const maxValue = Math.max(0, ...known);
  input = { ...input, domain: lineDomain(input) };
  const left = opts.plotLeft ?? linePlotLeft(input, variant);
  const plot: Box = { x: left, y: top + unitHeight(input.unit, variant), width: r1(s.width - left - 2), height: opts.plotHeight ?? (variant === 'narrow' ? 150 : 180) };
  const baseline = plot.y + plot.height;
  const axis = valueAxis(plot, top, input.unit, maxValue, variant, { percent: input.percent, domain: input.domain, prefix: p });
  const band = yearBands(input.years, plot.x, plot.x + plot.width);
  const texts: TextMark[] = [...axis.texts, ...yearAxis(input.years, band.center, baseline, variant, p)];
  const r = variant === 'narrow' ? 3.5 : 4.5;

  const paths: LineLayout['paths'] = [];
  const dots: LineLayout['dots'] = [];
  const gaps: LineLayout['gaps'] = [];
  const path = line<[number, number]>((d) => d[0], (d) => d[1]).digits(1);
  for (const ser of input.series) {
    let segment: [number, number][] = [];
    const flush = () => {
      if (segment.length > 1) paths.push({ key: `${p}path-${ser.key}-${paths.length}`, d: path(segment) ?? '', tags: [ser.key] });
      segment = [];
    };
    input.years.forEach((year, i) => {
      const v = ser.values[i];
      if (v === null || v === undefined) {
        flush();
        gaps.push({ key: `${p}gap-${ser.key}-${year}`, year, x: band.x(year), y: baseline, width: band.bandwidth, tags: ['gap', ser.key, yTag(year)] });
        return;
      }
      const pt: [number, number] = [band.center(year), axis.y(v)];
      segment.push(pt);
      const square = ser.square?.[i] ?? false;
      const open = !square && (ser.open?.[i] ?? false);
      dots.push({ key: `${p}dot-${ser.key}-${year}`, year, cx: pt[0], cy: pt[1], r, open, square, tags: [ser.key, yTag(year), ...(open ? ['open'] : []), ...(square ? ['square'] : [])] });
    });
    flush();
  }

  const obstacles: Box[] = dots.map((d) => ({ x: d.cx - d.r, y: d.cy - d.r, width: 2 * d.r, height: 2 * d.r }));
  const dropped: string[] = [];
  const bounds: Box = { ...plot, y: plot.y - 4, height: plot.height + 4 };
  for (const c of input.callouts ?? []) {
    const dot = dots.find((d) => d.key === `${p}dot-${c.series}-${c.year}`);
    if (!dot) {
      dropped.push(`${p}callout-${c.year}`);
      continue;
    }
    const lines = wrapText(c.text, plot.width * 0.45, s.small);
    const h = (lines.length - 1) * lineHeight(s.small);
    const o = { size: s.small, cls: 'callout', tags: ['callout', c.series, yTag(c.year)] };
    const k = `${p}callout-${c.year}`;
    const pick = firstFit(
      [
        // Above the dot, then below it; centered, then flush left or right (at the plot's ends).
        text(k, dot.cx, dot.cy - r - 8 - h, lines, { ...o, anchor: 'middle' }),
        text(k, dot.cx + r, dot.cy - r - 8 - h, lines, { ...o, anchor: 'end' }),
        text(k, dot.cx - r, dot.cy - r - 8 - h, lines, { ...o, anchor: 'start' }),
        text(k, dot.cx, dot.cy + r + s.small + 4, lines, { ...o, anchor: 'middle' }),
        text(k, dot.cx + r, dot.cy + r + s.small + 4, lines, { ...o, anchor: 'end' }),
        text(k, dot.cx - r, dot.cy + r + s.small + 4, lines, { ...o, anchor: 'start' }),
      ],
      obstacles,
      bounds,
    );
    if (pick) {
      texts.push(pick);
      obstacles.push(pick.box);
    } else dropped.push(k);
  }
  const swatches: LineLayout['swatches'] = [];
  let bottom = baseline + s.small + 10;
  const mixed = dots.some((d) => d.open || d.square) && dots.some((d) => !d.open && !d.square);
  const keys: ['filled' | 'open' | 'gap' | 'square', string | undefined][] = [
    ['filled', mixed ? input.filledKey : undefined],
    ['open', dots.some((d) => d.open) ? input.openKey : undefined],
    ['square', dots.some((d) => d.square) ? input.squareKey : undefined],
    ['gap', gaps.length ? input.gapKey : undefined],
  ];
  for (const [kind, label] of keys) {
    if (!label) continue;
    const mark = text(`${p}key-${kind}`, 24, bottom + s.small + 4, wrapText(label, s.width - 26, s.small), { size: s.small, cls: 'key', tags: [kind] });
    texts.push(mark);
    swatches.push({ key: `${p}swatch-${kind}`, kind, x: kind === 'gap' ? 0 : 8, y: r1(mark.y - s.small * 0.4), width: 16, height: 0, tags: [kind] });
    bottom = mark.box.y + mark.box.height + 2;
  }
  return { width: s.width, height: r1(bottom + 4), plot, paths, dots, gaps, swatches, grid: axis.grid, texts, dropped };
}
