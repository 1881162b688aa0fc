// A map figure (lib/map/figure.ts) as a plain-SVG drawing for cards: what MapMarks.astro prints
// for the map's initial state, painted as map.css paints it, clipped to the frame, with the
// legend the page shows under the map drawn inside it (lib/svg/map-legend.ts).
import type { MapArea, MapBase } from '../map/geometry';
import type { MapLayout, Visibility } from '../map/layers';
import type { MapState } from '../map/states';
import { markClasses } from '../scroll/state';
import { el, hatchPattern, type Drawing } from './drawing';
import { MAP_HATCH, MAP_UNIT, fillAttrs, labelStyle, outlineAttrs, pathAttrs, pointAttrs } from './map-paint';
import { mapLegend } from './map-legend';
import type { Palette } from './palette';
import { textPath } from './text';
import type { Typesetter } from './typesetter';

export interface MapInput {
  layout: MapLayout;
  initial: MapState;
  base: MapBase;
  /** The areas inside the frame. */
  areas: MapArea[];
}

const LINE_HEIGHT = 1.15;

export function drawMap({ layout, initial, base, areas }: MapInput, p: Palette, type: Typesetter): Drawing {
  const state = (m: Visibility) => markClasses(m.states?.join(' '), m.emph?.join(' '), initial);
  const shown = <T extends Visibility>(list: readonly T[]) => list.filter((m) => !state(m).off);
  const areaPath = new Map(areas.map((a) => [a.id, a.d]));
  const d = (id: string) => {
    const path = areaPath.get(id);
    if (!path) throw new Error(`Card map: area "${id}" is outside the frame`);
    return path;
  };
  const land = (country: 'us' | 'mx') =>
    areas.filter((a) => a.country === country).map((a) => el('path', { d: a.d, fill: country === 'us' ? p.landUs : p.landMx, stroke: p.paper, 'stroke-width': 0.6 * MAP_UNIT, 'stroke-linejoin': 'round' }));
  // The border is emphasised in the states about it, as MapMarks.astro marks it.
  const borderEmph = initial === 'border' || initial === 'crossings';

  const labels = shown(layout.labels).map((m) => {
    const style = labelStyle(m.cls, p);
    const first = m.at[1] + ((-(m.lines.length - 1) * LINE_HEIGHT) / 2 + 0.35) * style.size;
    return m.lines
      .map((line, i) => {
        const weight = style.boldLast && i === m.lines.length - 1 ? 700 : style.weight;
        return textPath(type, line, m.at[0], first + i * LINE_HEIGHT * style.size, { ...style, weight, anchor: m.anchor });
      })
      .join('');
  });

  const [[x0, y0], [x1, y1]] = base.frame;
  const marks = [
    ...base.context.map((c) => el('path', { d: c.d, fill: p.context, stroke: p.rule, 'stroke-width': 0.5 * MAP_UNIT })),
    ...land('us'),
    ...land('mx'),
    ...shown(layout.fills).map((m) => el('path', { d: d(m.area), ...fillAttrs(m.cls, p) })),
    ...shown(layout.outlines).map((m) => el('path', { d: d(m.area), ...outlineAttrs(m.cls, p) })),
    el('path', { d: base.border, fill: 'none', stroke: p.ink, 'stroke-width': (borderEmph ? 2.8 : 1.4) * MAP_UNIT, 'stroke-linejoin': 'round' }),
    ...shown(layout.paths).map((m) => el('path', { d: m.d, ...pathAttrs(m.cls, p) })),
    ...shown(layout.flows).map((m) =>
      el(
        'g',
        { opacity: state(m).emph ? undefined : 0.55 },
        el('path', { d: m.d, fill: 'none', stroke: p.paper, 'stroke-width': m.width + 3, 'stroke-linecap': 'round', opacity: 0.9 }) +
          el('path', { d: m.d, fill: 'none', stroke: p.us, 'stroke-width': m.width, 'stroke-linecap': 'butt' }) +
          el('path', { d: m.head, fill: p.us, stroke: p.paper, 'stroke-width': MAP_UNIT }),
      ),
    ),
    ...shown(layout.points).map((m) =>
      m.cls.includes('army-store')
        ? el('rect', { x: m.at[0] - 5, y: m.at[1] - 5, width: 10, height: 10, ...pointAttrs(m.cls, p) })
        : el('path', { d: `M${m.at[0]},${m.at[1] - 7}L${m.at[0] + 7},${m.at[1]}L${m.at[0]},${m.at[1] + 7}L${m.at[0] - 7},${m.at[1]}Z`, ...pointAttrs(m.cls, p) }),
    ),
    ...labels,
  ];
  const viewBox: Drawing['viewBox'] = [x0, y0, x1 - x0, y1 - y0];
  const defs = el('defs', {}, hatchPattern(MAP_HATCH, 6, p.paper, p.mx, 2.5, 'rect') + el('clipPath', { id: 'card-map-frame' }, el('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0 })));
  const legend = mapLegend(shown(layout.legends), viewBox, p, type);
  return { viewBox, body: defs + el('g', { 'clip-path': 'url(#card-map-frame)' }, marks.join('')) + legend };
}
