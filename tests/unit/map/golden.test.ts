// Golden files of every map figure the chapters draw, in both editions: for each state, the SVG
// marks and the HTML legends and notes as the map parts print them (linear-mode snapshots), the
// live drawing with its switching attributes, and the text alternative. A missing or changed
// golden fails (UPDATE_GOLDENS=1 writes them after you have looked at the change).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import MapMarks from '../../../src/components/map/parts/MapMarks.astro';
import MapKeys from '../../../src/components/map/parts/MapKeys.astro';
import { layoutMapFigure, type MapFigureInput } from '../../../src/lib/map/figure';
import { DatasetSchema, type Dataset } from '../../../src/schemas/dataset';
import { DatasetOverlaySchema } from '../../../src/schemas/overlays';
import { MapStateOverlaySchema, MapStateSchema, type MapStateEntry } from '../../../src/schemas/map-state';
import { overlayMapState } from '../../../src/lib/map/states';
import { overlayDataset } from '../../../src/lib/data/overlay';
import type { Locale } from '../../../src/lib/i18n/locales';
import { compareGolden, render } from '../charts/golden';

const DIR = join(process.cwd(), 'tests/snapshots/maps');
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const load = (id: string, locale: Locale): Dataset => {
  const base = DatasetSchema.parse(json(`content/data/${id}.json`));
  return locale === 'en' ? base : overlayDataset(base, DatasetOverlaySchema.parse(json(`content/data/${locale}/${id}.json`)));
};

/** The map states of content/maps in an edition's words. */
const mapStates = (locale: Locale, root = 'content') =>
  new Map(readdirSync(`${root}/maps`).filter((f) => f.endsWith('.json')).map((f): [string, MapStateEntry] => {
    const base = MapStateSchema.parse(json(`${root}/maps/${f}`));
    return [base.id, locale === 'en' ? base : overlayMapState(base, MapStateOverlaySchema.parse(json(`${root}/maps/${locale}/${f}`)))];
  }));

/** Every <BorderMap> of an edition's chapters, with the attributes that decide what it draws. */
function mapFigures(locale: Locale): MapFigureInput[] {
  const dir = locale === 'en' ? 'content/chapters' : `content/chapters/${locale}`;
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().flatMap((f) =>
    [...readFileSync(join(dir, f), 'utf8').matchAll(/<BorderMap\b([^>]*)\/>/g)].map(([, attrs]) => {
      const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs!)?.[1] ?? '';
      return { id: attr('id'), states: attr('states'), initial: attr('initial'), datasets: attr('datasets') };
    }),
  );
}

const pretty = (html: string) => `${html.replace(/></g, '>\n<').trim()}\n`;

for (const locale of ['en', 'es'] as const) {
  const figures = mapFigures(locale);
  const known = mapStates(locale);
  describe(`map goldens (${locale})`, () => {
    it('finds the chapters’ maps', () => expect(figures.length).toBeGreaterThan(0));
    for (const input of figures) {
      it(`${input.id}: marks, keys and text alternative of every state`, async () => {
        const byId = Object.fromEntries(input.datasets.split(/\s+/).filter(Boolean).map((d) => [d, load(d, locale)]));
        const { layout, viewBox, states, initial } = layoutMapFigure(input, known, byId, locale);
        const problems: string[] = [];
        const live = await render(MapMarks, { layout, current: initial, mode: 'live' });
        const liveKeys = await render(MapKeys, { layout, current: initial, mode: 'live' });
        problems.push(compareGolden(`${locale}/${input.id}--live`, pretty(`<svg viewBox="${viewBox}">${live}</svg>${liveKeys}`), DIR) ?? '');
        for (const state of states) {
          const marks = await render(MapMarks, { layout, current: state, mode: 'snapshot' });
          const keys = await render(MapKeys, { layout, current: state, mode: 'snapshot' });
          const text = `<p class="map-alt">${layout.describe[state] ?? ''}</p>`;
          problems.push(compareGolden(`${locale}/${input.id}--${state}`, pretty(`<svg viewBox="${viewBox}">${marks}</svg>${keys}${text}`), DIR) ?? '');
        }
        expect(problems.filter(Boolean)).toEqual([]);
      });
    }
  });
}
