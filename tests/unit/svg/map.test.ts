// Map drawings for cards, in every map state of a map showing all states, from the real datasets (through the same builder
// BorderMap calls): the marks the state shows are drawn and only those words are written, the
// state's legend is drawn inside the frame, and every colour is one of the site's.
import { describe, expect, it, vi } from 'vitest';
import { buildMapFigure } from '../../../src/lib/map/figure';
import { MAP_STATES, datasetsFor, type MapState } from '../../../src/lib/map/states';
import { drawMap } from '../../../src/lib/svg/map';
import type { Locale } from '../../../src/lib/i18n/locales';
import { loadDataset } from '../../support/datasets';
import { isPaintReference, markShapes, recorder, shapes, sitePalette } from './drawn';

vi.mock('../../../src/lib/data/get', () => ({ getDataset: async (id: string, locale: Locale) => loadDataset(id, locale) }));

const p = sitePalette();
const colours = new Set(Object.values(p));
const shownIn = (m: { states?: string[] }, s: MapState) => !m.states || m.states.includes(s);

for (const state of MAP_STATES) {
  describe(`the map in state "${state}"`, async () => {
    // A figure with every state, drawn in this one: marks of the other states exist and must stay out.
    const map = await buildMapFigure({ id: 'card-test', states: MAP_STATES.join(' '), initial: state, datasets: datasetsFor(MAP_STATES).join(' ') }, 'en');
    const { type, words } = recorder();
    const drawing = drawMap(map, p, type);
    const all = shapes(drawing.body);
    const [vx, vy, vw, vh] = drawing.viewBox;

    it('draws the land, the border and every mark the state shows', () => {
      const l = map.layout;
      const count = (list: readonly { states?: string[] }[]) => list.filter((m) => shownIn(m, state)).length;
      const expected = map.base.context.length + map.areas.length + count(l.fills) + count(l.outlines) + 1 + count(l.paths) + 3 * count(l.flows) + count(l.points);
      expect(markShapes(drawing.body).length).toBeGreaterThanOrEqual(expected);
    });
    it('writes the labels and legends of that state only', () => {
      const labels = map.layout.labels.filter((m) => shownIn(m, state)).flatMap((m) => m.lines);
      const legends = map.layout.legends.filter((m) => shownIn(m, state));
      for (const w of labels) expect(words).toContain(w);
      for (const item of legends.flatMap((g) => g.items)) expect(words).toContain(item.label);
      const hidden = map.layout.labels.filter((m) => !shownIn(m, state)).flatMap((m) => m.lines).filter((w) => !labels.includes(w));
      expect(words.filter((w) => hidden.includes(w))).toEqual([]);
    });
    it('draws its legend inside the frame, or none when it has none', () => {
      const box = all.find((s) => s.name === 'rect' && s.attrs.rx === '4' && s.attrs.fill === p.paper);
      const hasLegend = map.layout.legends.some((m) => shownIn(m, state));
      expect(Boolean(box)).toBe(hasLegend);
      if (!box) return;
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(box.attrs[a])) as [number, number, number, number];
      expect(x).toBeGreaterThanOrEqual(vx);
      expect(y).toBeGreaterThanOrEqual(vy);
      expect(x + w).toBeLessThanOrEqual(vx + vw);
      expect(y + h).toBeLessThanOrEqual(vy + vh);
    });
    it('paints only in the site colours', () => {
      const ids = new Set(all.map((s) => s.attrs.id).filter(Boolean));
      const paints = all.flatMap((s) => [s.attrs.fill, s.attrs.stroke].filter((v): v is string => v !== undefined));
      expect(paints.filter((v) => !(colours.has(v) || (isPaintReference(v) && (v === 'none' || ids.has(v.slice(5, -1))))))).toEqual([]);
    });
  });
}
