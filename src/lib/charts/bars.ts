// Annual bars with real gaps: one slot per year, a missing value is an empty, marked slot,
// never an interpolated bar. An optional second series (a part of the first, e.g. US-sourced
// of all traced) is drawn inside the first. Pure: (input, size) → geometry; no DOM.
import { max } from 'd3-array';
import { placeLabels } from './bars-labels';
import type { BarRect, BarSeries, BarsInput } from './bars-model';
import { yTag } from './states';
import { plotLeftFor, unitHeight, valueAxis, yearAxis, type GridLine } from './axes';
import { lineHeight, r1, SIZES, text, yearBands, type Box, type TextMark, type Variant } from './scales';
import { textWidth, wrapText } from './text';

export type { BarRect, BarSeries, BarsInput };

export interface BarsOptions {
  /** Offset of the chart from the top of the SVG (for stacked panels). */
  top?: number;
  plotHeight?: number;
  /** Left edge of the plot; computed from the tick labels when omitted (pass it to align panels). */
  plotLeft?: number;
}

/** A small sample mark in the key under the axis (used only for what cannot be labeled in place). */
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
  grid: GridLine[];
  texts: TextMark[];
}


/** Left plot edge that fits the widest value tick label of these bars. */
export function barsPlotLeft(input: Pick<BarsInput, 'total' | 'part'>, variant: Variant): number {
  return plotLeftFor(barsMax(input), variant);
}

/** The largest value either series reaches (the axis runs to it). */
function barsMax(input: Pick<BarsInput, 'total' | 'part'>): number {
  return max([...input.total.values, ...(input.part?.values ?? [])], (v) => v ?? 0) ?? 0;
}

/**
 * Lays out annual bars for one width variant.
 * @example layoutBars({ years: [2023, 2024], total: { key: 'n', label: 'Traced', values: [null, 5] }, unit: 'Firearms', gapLabel: 'No figure', gapKey: 'No figure' }, 'narrow')
 */
export function layoutBars(input: BarsInput, variant: Variant, opts: BarsOptions = {}): BarsLayout {
  const first = layoutBarsOnce(input, variant, opts, false);
  // Labels beside a bar read best; if either series finds no clear spot, both go to a key
  // line above the plot, so the reader meets them before the bars.
  return first.unplaced.length ? layoutBarsOnce(input, variant, opts, true) : first;
}

function layoutBarsOnce(input: BarsInput, variant: Variant, opts: BarsOptions, keyTop: boolean): BarsLayout & { unplaced: BarSeries[] } {
  const s = SIZES[variant];
  const top0 = opts.top ?? 0;
  const swatches: Swatch[] = [];
  const topTexts: TextMark[] = [];
  let top = top0;
  if (keyTop) {
    const series: [Swatch['kind'], BarSeries][] = [['total', input.total], ...(input.part ? [['part', input.part] as [Swatch['kind'], BarSeries]] : [])];
    const unitH = unitHeight(input.unit, variant);
    let x = 0;
    let line = 0;
    for (const [kind, ser] of series) {
      const w = 22 + textWidth(ser.label, s.small, true) + 14;
      if (x > 0 && x + w > s.width) {
        x = 0;
        line += 1;
      }
      const y = top0 + unitH + line * lineHeight(s.small) + s.small;
      topTexts.push(text(`key-${kind}`, x + 22, y, [ser.label], { size: s.small, bold: true, cls: `key series-label ${kind}`, tags: [kind] }));
      swatches.push({ key: `swatch-${kind}`, kind, x, y: r1(y - s.small * 0.75), width: 16, height: r1(s.small * 0.8), tags: [kind] });
      x += w;
    }
    top = top0 + (line + 1) * lineHeight(s.small) + 10;
  }
  const maxValue = barsMax(input);
  const left = opts.plotLeft ?? barsPlotLeft(input, variant);
  const plot: Box = { x: left, y: top + unitHeight(input.unit, variant), width: r1(s.width - left - 2), height: opts.plotHeight ?? (variant === 'narrow' ? 190 : 230) };
  const baseline = plot.y + plot.height;
  const axis = valueAxis(plot, top0, input.unit, maxValue, variant);
  const { y, grid } = axis;
  const band = yearBands(input.years, plot.x, plot.x + plot.width);
  const texts: TextMark[] = [...axis.texts, ...topTexts];

  const bars: BarRect[] = [];
  const gaps: BarsLayout['gaps'] = [];
  input.years.forEach((year, i) => {
    const total = input.total.values[i] ?? null;
    if (total === null) {
      gaps.push({ key: `gap-${year}`, year, x: band.x(year), y: baseline, width: band.bandwidth, tags: ['gap', yTag(year)] });
      return;
    }
    bars.push({ key: `total-${year}`, year, series: 'total', x: band.x(year), y: y(total), width: band.bandwidth, height: r1(baseline - y(total)), hatched: input.hatched?.[i] ?? false, tags: input.hatched?.[i] ? ['total', 'hatched', yTag(year)] : ['total', yTag(year)] });
    const part = input.part?.values[i] ?? null;
    if (part !== null && input.part) {
      bars.push({ key: `part-${year}`, year, series: 'part', x: band.x(year), y: y(part), width: band.bandwidth, height: r1(baseline - y(part)), hatched: false, tags: ['part', yTag(year)] });
    }
  });

  texts.push(...yearAxis(input.years, band.center, baseline, variant));

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

  const { unplaced, dropped } = placeLabels(keyTop ? { ...input, seriesLabels: false } : input, variant, { top, plot, bars, obstacles, texts, band, y, baseline });
  const keys: [Swatch['kind'], string][] = [];
  if (unlabelledGaps) keys.push(['gap', input.gapKey]);
  if (input.hatchKey && input.hatched?.some(Boolean)) keys.push(['hatch', input.hatchKey]);
  let bottom = baseline + s.small + 10;
  for (const [kind, label] of keys) {
    const mark = text(`key-${kind}`, 24, bottom + s.small + 4, wrapText(label, s.width - 26, s.small), { size: s.small, cls: 'key', tags: [kind] });
    texts.push(mark);
    swatches.push({ key: `swatch-${kind}`, kind, x: 0, y: r1(mark.y - s.small * 0.75), width: 16, height: r1(s.small * 0.8), tags: [kind] });
    bottom = mark.box.y + mark.box.height + 2;
  }
  return { width: s.width, height: r1(bottom + 4), plot, bars, gaps, swatches, grid, texts, dropped, unplaced };
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
