// Prints a horizontal-bar layout (lib/charts/hbar.ts) as plain SVG for a card: what
// HBarChart.astro draws, coloured as chart.css colours it, in the chart's summary state.
import type { HBarLayout } from '../../charts/hbar';
import { el } from '../drawing';
import { categoryColour } from '../palette';
import { emphStroke, shown, texts, type ChartPen } from './marks';

export function printHBar(l: HBarLayout, pen: ChartPen): string {
  const p = pen.palette;
  const rows = shown(l.rows, pen).map(({ m: r, emph }) => {
    const cat = categoryColour(r.cls, p);
    const outline = emphStroke(emph, p);
    return [
      r.track !== undefined ? el('rect', { x: r.x, y: r.y, width: r.track, height: r.height, fill: 'none', stroke: p.rule, 'stroke-width': 1, ...outline }) : '',
      el('rect', { x: r.x, y: r.y, width: r.width, height: r.height, fill: cat, ...outline }),
      r.chevron ? el('path', { d: r.chevron, fill: cat, ...outline }) : '',
    ].join('');
  });
  return rows.join('') + texts(l.texts, pen);
}
