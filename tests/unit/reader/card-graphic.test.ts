// A chapter's key graphic on its card, through the same figure builders its components call
// (datasets, chart entries and map states read from content/ here instead of Astro's content layer): the chapter's own
// chart or map in its summary state, with the map's legend, in the card's edition.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../support/datasets';
import { loadMapStates } from '../../support/map-states';
import { chartEntries } from '../charts/entries';
import { cardGraphic } from '../../../src/lib/reader/card-graphic';
import type { FigureInstance } from '../../../src/lib/reader/figures';
import { figuresInMdx } from '../../support/mdx-figures';
import type { Locale } from '../../../src/lib/i18n/locales';
import { recorder, shapes, sitePalette } from '../svg/drawn';

vi.mock('../../../src/lib/data/get', () => ({ getDataset: async (id: string, locale: Locale) => loadDataset(id, locale) }));
vi.mock('../../../src/lib/charts/entries', () => ({ getChart: async (id: string, locale: Locale) => chartEntries(locale)[id] }));
vi.mock('../../../src/lib/map/registry', () => ({ getMapStates: async (locale: Locale) => loadMapStates(locale) }));

/** The first words of the source map's legend title, as content/maps/sources.json gives them in an edition. */
const legendStart = (locale: Locale) => loadMapStates(locale).get('sources')!.text.legendTitle!.split(' ').slice(0, 3).join(' ');

const p = sitePalette();
const figure = (chapter: string, id: string, locale: Locale): FigureInstance => {
  const file = locale === 'en' ? `content/chapters/${chapter}.mdx` : `content/chapters/${locale}/${chapter}.mdx`;
  const found = figuresInMdx(readFileSync(file, 'utf8'), chapter).find((f: FigureInstance) => f.id === id);
  if (!found) throw new Error(`no figure ${id} in ${file}`);
  return found;
};
const draw = async (chapter: string, id: string, locale: Locale) => {
  const { type, words } = recorder();
  const graphic = await cardGraphic(figure(chapter, id, locale), type, p, locale);
  return { graphic, words, shapes: shapes(graphic.drawing.body) };
};

describe('a map key graphic', () => {
  it('draws the map with its legend, lower left inside the frame', async () => {
    const { graphic, words, shapes: all } = await draw('the-pipeline', 'source-map', 'en');
    expect(graphic.kind).toBe('Map');
    expect(words.join(' ')).toContain(legendStart('en'));
    expect(words).toContain('Texas');
    const box = all.find((s) => s.name === 'rect' && s.attrs.fill === p.paper && s.attrs.stroke === p.rule)!;
    expect(box, 'legend box').toBeTruthy();
    const [vx, vy, vw, vh] = graphic.drawing.viewBox;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(box.attrs[a]));
    expect(x).toBeGreaterThanOrEqual(vx);
    expect(x! + w!).toBeLessThan(vx + vw / 2);
    expect(y).toBeGreaterThan(vy + vh / 2);
    expect(y! + h!).toBeLessThanOrEqual(vy + vh);
    // One swatch per legend item, in the bins' colours.
    for (const c of [p.bin1, p.bin2, p.bin3, p.bin4]) expect(all.filter((s) => s.name === 'rect' && s.attrs.fill === c && s.attrs.width === '26')).toHaveLength(1);
  });
  it('speaks Spanish on the Spanish card', async () => {
    const en = await draw('the-pipeline', 'source-map', 'en');
    const es = await draw('the-pipeline', 'source-map', 'es');
    expect(es.graphic.kind).toBe('Mapa');
    expect(es.words.join(' ')).toContain(legendStart('es'));
    expect(en.words.join(' ')).not.toContain(legendStart('es'));
    expect(es.words.join(' ')).toContain('Nuevo México');
    expect(en.words.join(' ')).toContain('New Mexico');
  });
});

describe('a chart key graphic', () => {
  it('draws the chapter chart in its edition, words from its own layout', async () => {
    const en = await draw('the-flow', 'trace-shares', 'en');
    const es = await draw('the-flow', 'trace-shares', 'es');
    expect([en.graphic.kind, es.graphic.kind]).toEqual(['Chart', 'Gráfica']);
    expect(en.shapes.filter((s) => s.name === 'rect' && s.attrs.fill === p.cat1).length).toBeGreaterThan(3);
    expect(es.words).not.toEqual(en.words);
    expect(es.words.length).toBe(en.words.length);
  });
});
