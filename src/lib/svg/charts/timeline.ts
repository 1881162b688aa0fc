// Prints a vertical timeline layout (lib/charts/timeline.ts) as plain SVG for a card: what
// TimelineChart.astro draws, coloured as chart.css colours it, in the chart's summary state.
import type { TimelineLayout } from '../../charts/timeline';
import { el } from '../drawing';
import { categoryColour } from '../palette';
import { shown, texts, type ChartPen } from './marks';

export function printTimeline(l: TimelineLayout, pen: ChartPen): string {
  const p = pen.palette;
  const rails = l.rail.map((r) => el('line', { x1: r.x, x2: r.x, y1: r.y1, y2: r.y2, stroke: p.muted, 'stroke-width': 2, 'stroke-dasharray': r.broken ? '3 4' : undefined }));
  const nodes = shown(l.nodes, pen).map(({ m: n, emph }) =>
    el('circle', { cx: n.cx, cy: n.cy, r: n.r, fill: categoryColour(n.cls, p), stroke: emph ? p.ink : p.paper, 'stroke-width': emph ? 2 : 1.5 }),
  );
  return rails.join('') + nodes.join('') + texts(l.texts, pen);
}
