// Prints a line layout (lib/charts/line.ts) as plain SVG for a card: what LineMarks.astro draws,
// coloured as chart.css colours it, in the chart's summary state. Used by the combo printer.
import type { LineLayout } from '../../charts/line';
import { el } from '../drawing';
import { baseline, emphStroke, gapAttrs, grid, shown, texts, type ChartPen } from './marks';

export function printLine(l: LineLayout, pen: ChartPen): string {
  const p = pen.palette;
  const filled = { fill: p.line, stroke: p.paper, 'stroke-width': 1 };
  const open = { fill: p.paper, stroke: p.line, 'stroke-width': 2 };
  return [
    grid(l.grid, p),
    baseline(l.plot, p),
    ...shown(l.gaps, pen).map(({ m: g, emph }) => el('rect', { x: g.x, y: g.y - 3, width: g.width, height: 3, ...gapAttrs(p), ...emphStroke(emph, p) })),
    ...shown(l.paths, pen).map(({ m, emph }) => el('path', { d: m.d, fill: 'none', stroke: p.line, 'stroke-width': emph ? 4.5 : 2.5, 'stroke-linejoin': 'round' })),
    ...shown(l.dots, pen).map(({ m: d, emph }) =>
      d.square
        ? el('rect', { x: d.cx - d.r, y: d.cy - d.r, width: 2 * d.r, height: 2 * d.r, ...open, ...emphStroke(emph, p) })
        : el('circle', { cx: d.cx, cy: d.cy, r: d.r, ...(d.open ? open : filled), ...emphStroke(emph, p) }),
    ),
    ...shown(l.swatches, pen).map(({ m: s, emph }) =>
      s.kind === 'open' || s.kind === 'filled'
        ? el('circle', { cx: s.x, cy: s.y, r: 4, ...(s.kind === 'open' ? open : filled), ...emphStroke(emph, p) })
        : s.kind === 'square'
          ? el('rect', { x: s.x - 4, y: s.y - 4, width: 8, height: 8, ...open, ...emphStroke(emph, p) })
          : el('rect', { x: s.x, y: s.y - 2, width: s.width, height: 3, ...gapAttrs(p), ...emphStroke(emph, p) }),
    ),
    texts(l.texts, pen),
  ].join('');
}
