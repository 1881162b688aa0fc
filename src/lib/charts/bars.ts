// Annual bars with real gaps: one slot per year, a missing value is an empty, marked slot,
// never an interpolated bar. An optional second series (a part of the first, e.g. US-sourced
// of all traced) is drawn inside the first. Pure: (input, size) → geometry; no DOM.
import { max } from 'd3-array';
import { firstFit } from './labels';
import { clampX, lineHeight, r1, SIZES, text, tickLabel, valueScale, yearBands, yearTicks, type Box, type TextMark, type Variant } from './scales';
import { wrapText } from './text';

export interface BarSeries {
  key: string;
  label: string;
  /** One value per entry of `years`; null is a gap. */
  values: (number | null)[];
}

export interface BarsInput {
  years: number[];
  total: BarSeries;
  /** A subset of `total` drawn inside it (same year, smaller or equal value). */
  part?: BarSeries;
  /** Per year: draw the total bar hatched (e.g. a preliminary figure). */
  hatched?: boolean[];
  /** What one unit counts, shown above the value axis ("Firearms"). */
  unit: string;
  /** Text written over a run of missing years, when it fits. */
  gapLabel: string;
  /** Text beside the gap key under the axis, for runs too narrow to label. */
  gapKey: string;
  /** Text beside the hatch key, when any bar is hatched. */
  hatchKey?: string;
  callouts?: { year: number; text: string }[];
  /** Year whose bar carries the series labels; default: last year with every series present. */
  labelYear?: number;
}

export interface BarsOptions {
  /** Offset of the chart from the top of the SVG (for stacked panels). */
  top?: number;
  plotHeight?: number;
  /** Left edge of the plot; computed from the tick labels when omitted (pass it to align panels). */
  plotLeft?: number;
}

export interface BarRect {
  key: string;
  year: number;
  series: 'total' | 'part';
  x: number;
  y: number;
  width: number;
  height: number;
  hatched: boolean;
  tags: string[];
}

/** A small sample mark in the key under the axis (used only for what cannot be labelled in place). */
export interface Swatch {
  key: string;
  kind: 'gap' | 'hatch' | 'total' | 'part';
  x: number;
  y: number;
  width: number;
  height: number;
  tags: string[];
}

export interface BarsLayout {
  width: number;
  height: number;
  plot: Box;
  bars: BarRect[];
  gaps: { key: string; year: number; x: number; y: number; width: number; tags: string[] }[];
  swatches: Swatch[];
  /** Callouts that found no clear spot (a test asserts this stays empty for real data). */
  dropped: string[];
  grid: { key: string; y: number; x1: number; x2: number }[];
  texts: TextMark[];
}

const yTag = (year: number) => `y${year}`;

/** Left plot edge that fits the widest value tick label. */
export function barsPlotLeft(maxValue: number, variant: Variant): number {
  const s = SIZES[variant];
  const { ticks } = valueScale(maxValue, [1, 0]);
  return r1(Math.max(...ticks.map((t) => text('t', 0, 0, [tickLabel(t)], { size: s.small, cls: '' }).box.width)) + 8);
}

/**
 * Lays out annual bars for one width variant.
 * @example layoutBars({ years: [2023, 2024], total: { key: 'n', label: 'Traced', values: [null, 5] }, unit: 'Firearms', gapLabel: 'No figure', gapKey: 'No figure' }, 'narrow')
 */
export function layoutBars(input: BarsInput, variant: Variant, opts: BarsOptions = {}): BarsLayout {
  const s = SIZES[variant];
  const top = opts.top ?? 0;
  const maxValue = max([...input.total.values, ...(input.part?.values ?? [])], (v) => v ?? 0) ?? 0;
  const left = opts.plotLeft ?? barsPlotLeft(maxValue, variant);
  const plot: Box = { x: left, y: top + lineHeight(s.small) + 10, width: r1(s.width - left - 2), height: opts.plotHeight ?? (variant === 'narrow' ? 190 : 230) };
  const baseline = plot.y + plot.height;
  const { y, ticks } = valueScale(maxValue, [baseline, plot.y]);
  const band = yearBands(input.years, plot.x, plot.x + plot.width);
  const texts: TextMark[] = [];

  texts.push(text('unit', 0, top + s.small, [input.unit], { size: s.small, cls: 'unit' }));
  const grid = ticks.map((t) => ({ key: `grid-${t}`, y: y(t), x1: plot.x, x2: plot.x + plot.width }));
  for (const t of ticks) texts.push(text(`ytick-${t}`, plot.x - 6, y(t) + s.small * 0.35, [tickLabel(t)], { size: s.small, anchor: 'end', cls: 'tick' }));

  const bars: BarRect[] = [];
  const gaps: BarsLayout['gaps'] = [];
  input.years.forEach((year, i) => {
    const total = input.total.values[i] ?? null;
    if (total === null) {
      gaps.push({ key: `gap-${year}`, year, x: band.x(year), y: baseline, width: band.bandwidth, tags: ['gap', yTag(year)] });
      return;
    }
    bars.push({ key: `total-${year}`, year, series: 'total', x: band.x(year), y: y(total), width: band.bandwidth, height: r1(baseline - y(total)), hatched: input.hatched?.[i] ?? false, tags: ['total', yTag(year)] });
    const part = input.part?.values[i] ?? null;
    if (part !== null && input.part) {
      bars.push({ key: `part-${year}`, year, series: 'part', x: band.x(year), y: y(part), width: band.bandwidth, height: r1(baseline - y(part)), hatched: false, tags: ['part', yTag(year)] });
    }
  });

  for (const year of yearTicks(input.years, band.center, s.small)) {
    texts.push(clampX(text(`xtick-${year}`, band.center(year), baseline + s.small + 6, [String(year)], { size: s.small, anchor: 'middle', cls: 'tick' }), 0, s.width));
  }

  const obstacles: Box[] = bars.map((b) => ({ x: b.x, y: b.y, width: b.width, height: b.height }));
  let unlabelledGaps = false;
  for (const run of gapRuns(input.years, input.total.values)) {
    const x0 = band.x(run[0]!);
    const x1 = band.x(run[run.length - 1]!) + band.bandwidth;
    const lines = wrapText(input.gapLabel, x1 - x0, s.small);
    const mark = text(`gaplabel-${run[0]}`, (x0 + x1) / 2, baseline - 10 - (lines.length - 1) * lineHeight(s.small), lines, { size: s.small, anchor: 'middle', cls: 'gap-label', tags: ['gap'] });
    if (mark.box.width <= x1 - x0 + 2 && lines.length <= 3) {
      texts.push(mark);
      obstacles.push(mark.box);
    } else unlabelledGaps = true;
  }

  const { unplaced, dropped } = placeLabels(input, variant, { plot, bars, obstacles, texts, band, y, baseline });
  const keys: [Swatch['kind'], string][] = unplaced.map((ser) => [ser === input.total ? 'total' : 'part', ser.label] as [Swatch['kind'], string]);
  if (unlabelledGaps) keys.push(['gap', input.gapKey]);
  if (input.hatchKey && input.hatched?.some(Boolean)) keys.push(['hatch', input.hatchKey]);
  const swatches: Swatch[] = [];
  let bottom = baseline + s.small + 10;
  for (const [kind, label] of keys) {
    const mark = text(`key-${kind}`, 24, bottom + s.small + 4, wrapText(label, s.width - 26, s.small), { size: s.small, cls: 'key', tags: [kind] });
    texts.push(mark);
    swatches.push({ key: `swatch-${kind}`, kind, x: 0, y: r1(mark.y - s.small * 0.75), width: 16, height: r1(s.small * 0.8), tags: [kind] });
    bottom = mark.box.y + mark.box.height + 2;
  }
  return { width: s.width, height: r1(bottom + 4), plot, bars, gaps, swatches, grid, texts, dropped };
}

/** Consecutive runs of years whose value is missing. */
export function gapRuns(years: number[], values: (number | null)[]): number[][] {
  const runs: number[][] = [];
  years.forEach((year, i) => {
    if (values[i] !== null && values[i] !== undefined) return;
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === year - 1) last.push(year);
    else runs.push([year]);
  });
  return runs;
}

interface PlaceCtx {
  plot: Box;
  bars: BarRect[];
  obstacles: Box[];
  texts: TextMark[];
  band: ReturnType<typeof yearBands>;
  y: (v: number) => number;
  baseline: number;
}

/**
 * Series labels beside the anchor bar, then callouts above their bars; each tries a few spots.
 * Returns the series whose label found no clear spot (they go to the key under the axis).
 */
function placeLabels(input: BarsInput, variant: Variant, ctx: PlaceCtx): { unplaced: BarSeries[]; dropped: string[] } {
  const unplaced: BarSeries[] = [];
  const dropped: string[] = [];
  const s = SIZES[variant];
  const present = (i: number) => input.total.values[i] != null && (!input.part || input.part.values[i] != null);
  const anchorIndex = input.labelYear !== undefined ? input.years.indexOf(input.labelYear) : input.years.map((_, i) => i).filter(present).pop();
  if (anchorIndex !== undefined && anchorIndex >= 0 && present(anchorIndex)) {
    const year = input.years[anchorIndex]!;
    const x0 = ctx.band.x(year);
    const x1 = x0 + ctx.band.bandwidth;
    const maxW = ctx.plot.width * 0.45;
    const series: [BarSeries, 'total' | 'part', number][] = [[input.total, 'total', ctx.y(input.total.values[anchorIndex]!) + s.font * 0.8]];
    if (input.part) {
      const v = input.part.values[anchorIndex]!;
      series.push([input.part, 'part', (ctx.y(v) + ctx.baseline) / 2]);
    }
    for (const [ser, cls, wantY] of series) {
      const lines = wrapText(ser.label, maxW, s.font, true);
      const h = (lines.length - 1) * lineHeight(s.font);
      const ys = [wantY, wantY - h / 2, wantY - h, wantY + 12, wantY - 16, wantY + 26, wantY - 30];
      const candidates = ys.flatMap((yy) => [
        text(`label-${cls}`, x1 + 6, yy, lines, { size: s.font, bold: true, cls: `series-label ${cls}`, tags: [cls] }),
        text(`label-${cls}`, x0 - 6, yy, lines, { size: s.font, bold: true, anchor: 'end', cls: `series-label ${cls}`, tags: [cls] }),
      ]);
      const pick = firstFit(candidates, ctx.obstacles, ctx.plot);
      if (pick) {
        ctx.texts.push(pick);
        ctx.obstacles.push(pick.box);
      } else unplaced.push(ser);
    }
  } else {
    unplaced.push(input.total, ...(input.part ? [input.part] : []));
  }
  for (const c of input.callouts ?? []) {
    const i = input.years.indexOf(c.year);
    const v = input.total.values[i];
    if (v === null || v === undefined) {
      dropped.push(`callout-${c.year}`);
      continue;
    }
    const cx = ctx.band.center(c.year);
    const yy = ctx.y(v) - 6;
    const lines = wrapText(c.text, ctx.plot.width * 0.4, s.small);
    const up = (lines.length - 1) * lineHeight(s.small);
    const opts = { size: s.small, cls: 'callout', tags: ['callout', yTag(c.year)] };
    const candidates = [
      text(`callout-${c.year}`, cx, yy - up, lines, { ...opts, anchor: 'middle' }),
      text(`callout-${c.year}`, cx - ctx.band.bandwidth / 2, yy - up, lines, { ...opts, anchor: 'start' }),
      text(`callout-${c.year}`, cx + ctx.band.bandwidth / 2, yy - up, lines, { ...opts, anchor: 'end' }),
      text(`callout-${c.year}`, cx + ctx.band.bandwidth / 2 + 4, ctx.y(v) + s.small, lines, { ...opts, anchor: 'start' }),
      text(`callout-${c.year}`, cx - ctx.band.bandwidth / 2 - 4, ctx.y(v) + s.small, lines, { ...opts, anchor: 'end' }),
    ];
    const pick = firstFit(candidates, ctx.obstacles, { ...ctx.plot, y: ctx.plot.y - 8, height: ctx.plot.height + 8 });
    if (pick) {
      ctx.texts.push(pick);
      ctx.obstacles.push(pick.box);
    } else dropped.push(`callout-${c.year}`);
  }
  return { unplaced, dropped };
}
