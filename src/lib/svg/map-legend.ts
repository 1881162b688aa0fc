// A map's legend for cards. On the page the legend is HTML under the drawing; a card has room
// only inside the drawing, so the legends of the map's initial state are drawn in the map's own
// coordinates, over the open Pacific in the lower left, from the layout's legend marks.
import type { LegendMark } from '../map/layers';
import { el, type Drawing } from './drawing';
import { areaFill } from './map-paint';
import type { Palette } from './palette';
import { clampLines, textPath, wrap } from './text';
import type { Typesetter } from './typesetter';

const TITLE = 17;
const ITEM = 21;
const PAD = 12;
const MAX_WIDTH = 290;
/** Title lines kept: the longest titles (Spanish) need five; more would cover the map. */
const TITLE_LINES = 6;
const SWATCH = 26;
/** Line keys are drawn thicker than on the page, where they sit at text size. */
const LINE_SCALE = 1.6;

/** The legend box and its contents; empty when the state shows no legend. */
export function mapLegend(legends: readonly LegendMark[], [vx, vy, , vh]: Drawing['viewBox'], p: Palette, type: Typesetter): string {
  if (!legends.length) return '';
  const rows: string[] = [];
  let y = 0;
  let width = 0;
  const measure = (s: string) => type.width(s, TITLE, 600);
  for (const legend of legends) {
    for (const line of clampLines(wrap(legend.title, MAX_WIDTH, measure), TITLE_LINES, MAX_WIDTH, measure)) {
      y += TITLE * 1.2;
      rows.push(textPath(type, line, 0, y, { size: TITLE, weight: 600, fill: p.ink, anchor: 'start' }));
      width = Math.max(width, measure(line));
    }
    y += 8;
    for (const item of legend.items) {
      const top = y;
      y += ITEM * 1.4;
      const mid = top + 6 + ITEM * 0.4;
      rows.push(
        item.width === undefined
          ? el('rect', { x: 0, y: top + 6, width: SWATCH, height: ITEM * 0.8, fill: areaFill(item.cls, p), stroke: p.ink, 'stroke-width': 1 })
          : el('line', { x1: 0, x2: SWATCH, y1: mid, y2: mid, stroke: p.us, 'stroke-width': item.width * LINE_SCALE }),
      );
      rows.push(textPath(type, item.label, SWATCH + 10, top + ITEM * 1.05, { size: ITEM, weight: 400, fill: p.ink, anchor: 'start' }));
      width = Math.max(width, SWATCH + 10 + type.width(item.label, ITEM, 400));
    }
    y += 10;
  }
  const boxW = width + PAD * 2;
  const boxH = y + PAD * 2 - 10;
  const x0 = vx + 14;
  const y0 = vy + vh - 14 - boxH;
  return (
    el('rect', { x: x0, y: y0, width: boxW, height: boxH, rx: 4, fill: p.paper, stroke: p.rule, 'stroke-width': 1.5 }) +
    el('g', { transform: `translate(${x0 + PAD} ${y0 + PAD})` }, rows.join(''))
  );
}
