// What every chart printer shares: whether a mark shows (and is emphasised) in the chart's
// summary state, the chart's text marks, grid lines, and the ink outline of an emphasised mark.
// The rules are those of chart.css, written as roles of the palette (lib/svg/palette.ts).
import { lineHeight, type TextMark } from '../../charts/scales';
import { resolveTags, type ChartStates } from '../../charts/states';
import { markClasses } from '../../scroll/state';
import { el, type Attrs } from '../drawing';
import type { Palette } from '../palette';
import { textPath } from '../text';
import type { Typesetter } from '../typesetter';

export interface ChartPen {
  states: ChartStates;
  palette: Palette;
  type: Typesetter;
}

/** Off (not drawn) and emphasised in the state the chart shows at build, as the page's classes say. */
export function markState(tags: string[], states: ChartStates): { off: boolean; emph: boolean } {
  const { show, emph } = resolveTags(tags, states.rules);
  return markClasses(show?.join(' '), emph?.join(' '), states.initial);
}

/** The marks shown in the summary state, each with whether it is emphasised. */
export function shown<T extends { tags: string[] }>(list: readonly T[], pen: ChartPen): { m: T; emph: boolean }[] {
  return list.flatMap((m) => {
    const s = markState(m.tags, pen.states);
    return s.off ? [] : [{ m, emph: s.emph }];
  });
}

/** The outline an emphasised shape gets (colour never carries the emphasis alone). */
export const emphStroke = (emph: boolean, p: Palette): Attrs => (emph ? { stroke: p.ink, 'stroke-width': 2 } : {});

/** Classes whose text is muted, drawn with a halo, or in the part colour (chart.css). */
const MUTED = ['tick', 'unit', 'key', 'gap-label', 'note', 'row-sub', 'event-cat'];
const HALO = ['row-label', 'value', 'callout', 'row-sub', 'gap-label', 'event-text'];

function textStyle(mark: TextMark, emph: boolean, p: Palette) {
  const cls = mark.cls.split(/\s+/);
  const has = (c: string) => cls.includes(c);
  const inside = has('value--inside');
  const fill = emph ? p.ink : inside ? p.paper : has('part') && (has('series-label') || has('value')) ? p.part : MUTED.some(has) ? p.muted : p.ink;
  const halo = !inside && HALO.some(has) ? { colour: p.paper, width: 3 } : undefined;
  return { size: mark.size, weight: mark.bold || emph ? 700 : 400, fill, anchor: mark.anchor, halo } as const;
}

/** The chart's text marks shown in its summary state, one path per line. */
export function texts(marks: readonly TextMark[], pen: ChartPen): string {
  return marks
    .map((mark) => {
      const { off, emph } = markState(mark.tags, pen.states);
      if (off) return '';
      const style = textStyle(mark, emph, pen.palette);
      return mark.lines.map((line, i) => textPath(pen.type, line, mark.x, mark.y + i * lineHeight(mark.size), style)).join('');
    })
    .join('');
}

/** Horizontal grid lines. */
export const grid = (lines: readonly { x1: number; x2: number; y: number }[], p: Palette): string =>
  lines.map((g) => el('line', { x1: g.x1, x2: g.x2, y1: g.y, y2: g.y, stroke: p.rule, 'stroke-width': 1 })).join('');

/** The baseline under a plot. */
export const baseline = (plot: { x: number; y: number; width: number; height: number }, p: Palette): string =>
  el('line', { x1: plot.x, x2: plot.x + plot.width, y1: plot.y + plot.height, y2: plot.y + plot.height, stroke: p.muted, 'stroke-width': 1 });

/** A dashed outline where a value is missing (bars and lines). */
export const gapAttrs = (p: Palette): Attrs => ({ fill: 'none', stroke: p.muted, 'stroke-width': 1.2, 'stroke-dasharray': '2 2' });
