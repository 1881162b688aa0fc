// Prints an annual-bar layout (lib/charts/bars.ts) as plain SVG for a card: what BarsMarks.astro
// draws, coloured as chart.css colours it, in the chart's summary state.
import type { BarsLayout } from '../../charts/bars';
import { el, hatchPattern } from '../drawing';
import { mix } from '../palette';
import { baseline, emphStroke, gapAttrs, grid, shown, texts, type ChartPen } from './marks';

const HATCH = 'card-bars-hatch';

/** The hatch pattern the bars' hatched marks point at (print once per drawing, in <defs>). */
export const barsDefs = ({ palette: p }: ChartPen): string => hatchPattern(HATCH, 5, p.paper, p.total, 2, 'line');

/** Fill and outline of a bar or swatch of this kind. */
function paint(kind: 'total' | 'part' | 'hatch' | 'gap', { palette: p }: ChartPen) {
  if (kind === 'part') return { fill: p.part };
  if (kind === 'hatch') return { fill: `url(#${HATCH})`, stroke: p.total, 'stroke-width': 1 };
  if (kind === 'gap') return gapAttrs(p);
  return { fill: mix(p.total, 20, p.paper), stroke: p.total, 'stroke-width': 1 };
}

export function printBars(l: BarsLayout, pen: ChartPen): string {
  const p = pen.palette;
  return [
    grid(l.grid, p),
    ...shown(l.bars, pen).map(({ m: b, emph }) => {
      const base = b.series === 'part' ? paint('part', pen) : paint(b.hatched ? 'hatch' : 'total', pen);
      const outline = b.hatched ? { stroke: p.total, 'stroke-width': 1 } : {};
      return el('rect', { x: b.x, y: b.y, width: b.width, height: b.height, ...base, ...outline, ...emphStroke(emph, p) });
    }),
    ...shown(l.gaps, pen).map(({ m: g, emph }) => el('rect', { x: g.x, y: g.y - 3, width: g.width, height: 3, ...gapAttrs(p), ...emphStroke(emph, p) })),
    baseline(l.plot, p),
    ...shown(l.swatches, pen).map(({ m: s, emph }) => el('rect', { x: s.x, y: s.y, width: s.width, height: s.height, ...paint(s.kind, pen), ...emphStroke(emph, p) })),
    texts(l.texts, pen),
  ].join('');
}
