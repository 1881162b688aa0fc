// Prints a point-and-interval layout (lib/charts/range.ts) as plain SVG for a card: what
// RangeChart.astro draws, coloured as chart.css colours it, in the chart's summary state.
import type { RangeLayout } from '../../charts/range';
import { el } from '../drawing';
import { categoryColour, mix } from '../palette';
import { emphStroke, shown, texts, type ChartPen } from './marks';

export function printRange(l: RangeLayout, pen: ChartPen): string {
  const p = pen.palette;
  const gridLines = l.grid.map((g) => el('line', { x1: g.x, x2: g.x, y1: g.y1, y2: g.y2, stroke: p.rule, 'stroke-width': 1 }));
  const rows = shown(l.rows, pen).map(({ m: r, emph }) => {
    const cat = categoryColour(r.cls, p);
    const outline = emphStroke(emph, p);
    return [
      r.interval
        ? el('line', { x1: r.interval.x1, x2: r.interval.x2, y1: r.y, y2: r.y, stroke: cat, 'stroke-width': emph ? 5 : 3, 'stroke-linecap': 'round', 'stroke-dasharray': r.interval.open ? '5 3' : undefined })
        : '',
      r.arrow ? el('path', { d: r.arrow, fill: cat, ...outline }) : '',
      r.span ? el('rect', { x: r.span.x, y: r.y - r.span.height / 2, width: r.span.width, height: r.span.height, fill: mix(cat, 25, p.paper), stroke: cat, 'stroke-width': 1.5, ...outline }) : '',
      r.point ? el('circle', { cx: r.point.cx, cy: r.y, r: r.point.r, fill: cat, stroke: p.paper, 'stroke-width': 1.5, ...outline }) : '',
    ].join('');
  });
  return gridLines.join('') + rows.join('') + texts(l.texts, pen);
}
