// Prints a unit-chart layout (lib/charts/units.ts) as plain SVG for a card: what UnitsChart.astro
// draws, coloured as chart.css colours it, in the chart's summary state.
import type { UnitsLayout } from '../../charts/units';
import { el } from '../drawing';
import { emphStroke, shown, texts, type ChartPen } from './marks';

export function printUnits(l: UnitsLayout, pen: ChartPen): string {
  const p = pen.palette;
  const groups = shown(l.groups, pen).map(({ m: g, emph }) =>
    [
      el('circle', { cx: g.one.cx, cy: g.one.cy, r: g.one.r, fill: p.ink, ...emphStroke(emph, p) }),
      ...g.units.map((u) => el('circle', { cx: u.cx, cy: u.cy, r: g.r, fill: p.part, ...emphStroke(emph, p) })),
    ].join(''),
  );
  return groups.join('') + texts(l.texts, pen);
}
