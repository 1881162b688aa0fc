// Adding a map step with a new dataset, for a kind of mark the map already draws, touches only
// content/: this test adds a dataset, a map state and a <BorderMap> scroll story to a copy of
// the fixture tree (both editions), builds it with no code change, and reads the built pages for
// the new state's marks and text alternative. A state that would need code (a mark kind the map
// does not have) stops the build with the file and the field.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, project, removeProjects, rewrite } from '../support/fixture-site';

afterAll(removeProjects);

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const DATASET = {
  id: 'fixture-towns',
  title: 'Fixture towns near the border',
  description: 'Two made-up towns with made-up positions, for the content-only map test.',
  period: { start: '2020', end: '2020' },
  fields: [
    { key: 'label', label: 'Town', type: 'text' },
    { key: 'kind', label: 'Kind of place', type: 'category', values: ['fixture-town'] },
    { key: 'longitude', label: 'Longitude', type: 'number', unit: 'degrees' },
    { key: 'latitude', label: 'Latitude', type: 'number', unit: 'degrees' },
  ],
  sources: ['gao-fixture'],
  caveats: ['A test fixture: the towns do not exist.'],
  method: 'Made up for the content-only map test.',
  licence: 'CC0 test fixture',
  rows: [
    { id: 'alpha', label: 'Alpha Town', kind: 'fixture-town', longitude: -110.9, latitude: 31.3 },
    { id: 'beta', label: 'Beta Town', kind: 'fixture-town', longitude: -99.5, latitude: 27.5 },
  ],
};
const DATASET_ES = {
  title: 'Pueblos de prueba cerca de la frontera',
  description: 'Dos pueblos inventados con posiciones inventadas, para la prueba del mapa solo con contenido.',
  caveats: ['Datos de prueba: los pueblos no existen.'],
  method: 'Inventado para la prueba del mapa solo con contenido.',
  licence: 'CC0 (datos de prueba)',
  fields: { label: { label: 'Pueblo' }, kind: { label: 'Tipo de lugar', labels: { 'fixture-town': 'pueblo de prueba' } }, longitude: { label: 'Longitud', unit: 'grados' }, latitude: { label: 'Latitud', unit: 'grados' } },
  rows: { alpha: { label: 'Pueblo Alfa' }, beta: { label: 'Pueblo Beta' } },
};
const STATE = {
  id: 'fixture-towns',
  datasets: ['fixture-towns'],
  layers: [{ kind: 'points', dataset: 'fixture-towns', lon: 'longitude', lat: 'latitude', label: 'label', shape: 'diamond', style: 'kind' }],
  values: {
    n: { derived: 'count', dataset: 'fixture-towns' },
    year: { dataset: 'fixture-towns', period: true },
    list: { derived: 'list', dataset: 'fixture-towns', field: 'label', join: 'and' },
  },
  text: { describe: 'Marked: the {n} fixture towns of {year}, {list}.' },
};
const STATE_ES = { text: { describe: 'Marcados: los {n} pueblos de prueba de {year}, {list}.' } };
const story = (title: string, alt: [string, string], words: [string, string]) => `
<Scrolly id="towns-map" initial="fixture-towns" label="${title}">
  <BorderMap slot="figure" id="towns-map" states="border fixture-towns" initial="fixture-towns" datasets="fixture-towns" title="${title}" subtitle="${title}" />
  <Step id="border" state="border" alt="${alt[0]}">

${words[0]}

  </Step>
  <Step id="towns" state="fixture-towns" alt="${alt[1]}">

${words[1]}

  </Step>
</Scrolly>
`;

/** Writes the new dataset, map state and scroll story, in both editions, under content/ only. */
function addTownsMap(dir: string, state: object = STATE): void {
  writeFileSync(join(dir, 'content/data/fixture-towns.json'), json(DATASET));
  writeFileSync(join(dir, 'content/data/es/fixture-towns.json'), json(DATASET_ES));
  writeFileSync(join(dir, 'content/maps/fixture-towns.json'), json(state));
  writeFileSync(join(dir, 'content/maps/es/fixture-towns.json'), json(STATE_ES));
  for (const [file, text] of [
    ['content/chapters/fixture-chapter.mdx', story('Fixture towns near the border', ['The border between the two countries.', 'Two diamonds mark the fixture towns.'], ['The border runs from one ocean to the other.', 'Two diamonds mark the fixture towns.'])],
    ['content/chapters/es/fixture-chapter.mdx', story('Pueblos de prueba cerca de la frontera', ['La frontera entre los dos países.', 'Dos rombos marcan los pueblos de prueba.'], ['La frontera va de un océano al otro.', 'Dos rombos marcan los pueblos de prueba.'])],
  ] as const) {
    rewrite(dir, file, 'datasets: [traces-fixture]', 'datasets: [traces-fixture, fixture-towns]');
    writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}${text}`);
  }
}

describe('a map state added in content only', { timeout: 240_000 }, () => {
  it('is built into both editions: its marks, labels and text alternative', () => {
    const dir = project((d) => addTownsMap(d));
    const r = build(dir);
    expect(r.output).toContain('Complete!');
    expect(r.status).toBe(0);
    const page = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
    const en = page('chapters/fixture-chapter/index.html');
    const es = page('es/chapters/fixture-chapter/index.html');
    for (const html of [en, es]) {
      // Two diamonds in the live drawing, shown in the new state only, and two in that step's still picture.
      expect(html.match(/<path d="M[^"]+Z" data-states="fixture-towns" class="map__point map__point--fixture-town"/g)).toHaveLength(2);
      expect(html.match(/<path d="M[^"]+Z" class="map__point map__point--fixture-town"/g)).toHaveLength(2);
    }
    expect(en).toContain('Alpha Town</tspan>');
    expect(en).toContain('Map: Marked: the two fixture towns of 2020, Alpha Town and Beta Town.');
    expect(es).toContain('Pueblo Alfa</tspan>');
    expect(es).toContain('Mapa: Marcados: los dos pueblos de prueba de 2020, Pueblo Alfa y Pueblo Beta.');
  });

  it('stops the build, naming the file and the field, when the state needs a mark kind the map does not draw', () => {
    const r = build(project((d) => addTownsMap(d, { ...STATE, layers: [{ ...STATE.layers[0], kind: 'heatmap' }] })));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/maps/fixture-towns.json › layers[0].kind = "heatmap": Invalid discriminator value. Expected \'outline\' | \'choropleth\'');
  });
});
