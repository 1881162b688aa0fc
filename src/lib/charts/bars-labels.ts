// Labels of the annual bar chart (bars.ts): the series names beside the latest bar and the
// callouts above their bars. Each label tries a few spots and takes the first that is clear of
// the bars, the axes and the labels already placed; one that fits nowhere is reported back.
import { firstFit } from './labels';
import type { BarRect, BarSeries, BarsInput } from './bars-model';
import { lineHeight, SIZES, text, yearBands, type Box, type TextMark, type Variant } from './scales';
import { yTag } from './states';
import { wrapText } from './text';

export interface PlaceCtx {
  top: number;
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
export function placeLabels(input: BarsInput, variant: Variant, ctx: PlaceCtx): { unplaced: BarSeries[]; dropped: string[] } {
  const unplaced: BarSeries[] = [];
  const dropped: string[] = [];
  const s = SIZES[variant];
  const present = (i: number) => input.total.values[i] != null && (!input.part || input.part.values[i] != null);
  const anchorIndex = input.labelYear !== undefined ? input.years.indexOf(input.labelYear) : input.years.map((_, i) => i).filter(present).pop();
  if (input.seriesLabels === false) {
    // The unit line names the only series.
  } else if (anchorIndex !== undefined && anchorIndex >= 0 && present(anchorIndex)) {
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
    const lines = wrapText(c.text, ctx.plot.width * (variant === 'narrow' ? 0.25 : 0.4), s.small);
    const up = (lines.length - 1) * lineHeight(s.small);
    const opts = { size: s.small, cls: 'callout', tags: ['callout', yTag(c.year)] };
    const lh = lineHeight(s.small);
    const candidates = [0, lh, 2 * lh].flatMap((lift) => [
      text(`callout-${c.year}`, cx, yy - up - lift, lines, { ...opts, anchor: 'middle' }),
      text(`callout-${c.year}`, cx - ctx.band.bandwidth / 2, yy - up - lift, lines, { ...opts, anchor: 'start' }),
      text(`callout-${c.year}`, cx + ctx.band.bandwidth / 2, yy - up - lift, lines, { ...opts, anchor: 'end' }),
    ]);
    candidates.push(
      text(`callout-${c.year}`, cx + ctx.band.bandwidth / 2 + 4, ctx.y(v) + s.small, lines, { ...opts, anchor: 'start' }),
      text(`callout-${c.year}`, cx - ctx.band.bandwidth / 2 - 4, ctx.y(v) + s.small, lines, { ...opts, anchor: 'end' }),
    );
    // Callouts may rise into the band above the plot, clear of the unit line and tick labels.
    const pick = firstFit(candidates, [...ctx.obstacles, ...ctx.texts.map((t) => t.box)], { ...ctx.plot, y: ctx.top, height: ctx.plot.height + ctx.plot.y - ctx.top });
    if (pick) {
      ctx.texts.push(pick);
      ctx.obstacles.push(pick.box);
    } else dropped.push(`callout-${c.year}`);
  }
  return { unplaced, dropped };
}
