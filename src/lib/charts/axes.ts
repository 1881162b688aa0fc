// Axis marks shared by the bar and line layouts: a value axis drawn as gridlines with labels
// in the left margin and a unit line above, and a year axis under the plot.
import { clampX, lineHeight, r1, SIZES, text, tickLabel, valueScale, yearTicks, type Box, type TextMark, type Variant } from './scales';
import { wrapText } from './text';

export interface GridLine {
  key: string;
  y: number;
  x1: number;
  x2: number;
}

/** Left plot edge that fits the widest value tick label. */
export function plotLeftFor(maxValue: number, variant: Variant, opts: { percent?: boolean; domain?: [number, number] } = {}): number {
  const s = SIZES[variant];
  const { ticks } = valueScale(maxValue, [1, 0], 4, opts.domain);
  return r1(Math.max(...ticks.map((t) => text('t', 0, 0, [tickLabel(t, opts)], { size: s.small, cls: '' }).box.width)) + 8);
}

/** Unit line, gridlines and tick labels for a value scale over `plot`. */
export function valueAxis(plot: Box, top: number, unit: string, maxValue: number, variant: Variant, opts: { percent?: boolean; domain?: [number, number]; prefix?: string } = {}) {
  const s = SIZES[variant];
  const baseline = plot.y + plot.height;
  const scale = valueScale(maxValue, [baseline, plot.y], 4, opts.domain);
  const p = opts.prefix ?? '';
  const texts: TextMark[] = [text(`${p}unit`, 0, top + s.small, wrapText(unit, s.width, s.small), { size: s.small, cls: 'unit' })];
  const grid: GridLine[] = scale.ticks.map((t) => ({ key: `${p}grid-${t}`, y: scale.y(t), x1: plot.x, x2: plot.x + plot.width }));
  for (const t of scale.ticks) texts.push(text(`${p}ytick-${t}`, plot.x - 6, scale.y(t) + s.small * 0.35, [tickLabel(t, opts)], { size: s.small, anchor: 'end', cls: 'tick' }));
  return { ...scale, texts, grid };
}

/** Height taken by the unit line(s) above a plot. */
export function unitHeight(unit: string, variant: Variant): number {
  const s = SIZES[variant];
  return r1(wrapText(unit, s.width, s.small).length * lineHeight(s.small) + 10);
}

/** Year labels under a plot whose bottom edge is `baseline`. */
export function yearAxis(years: number[], center: (y: number) => number, baseline: number, variant: Variant, prefix = ''): TextMark[] {
  const s = SIZES[variant];
  return yearTicks(years, center, s.small).map((year) => clampX(text(`${prefix}xtick-${year}`, center(year), baseline + s.small + 6, [String(year)], { size: s.small, anchor: 'middle', cls: 'tick' }), 0, s.width));
}
