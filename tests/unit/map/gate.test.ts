// The integrity gate on map states (content/maps): each mistake an author can make in a state's
// entry or its Spanish overlay is reported with the file, the field and the bad value.
import { describe, expect, it } from 'vitest';
import { checkContent, formatError } from '../../../src/lib/content/integrity';
import { fixture, mutate } from '../content/fixtures';

const FILE = 'content/maps/border.json';
const messages = (c: Parameters<typeof checkContent>[0]) => checkContent(c).map(formatError);
/** The fixture's border state drawing the fixture dataset as a choropleth, with `edit` applied. */
const withLayer = (edit: (d: any) => void = () => {}) =>
  mutate(FILE, (d) => {
    d.datasets = ['traces-fixture'];
    d.layers = [{ kind: 'choropleth', dataset: 'traces-fixture', area: 'year', value: 'submitted', breaks: [100], legend: { title: 'title' } }];
    d.values = { period: { dataset: 'traces-fixture', period: true } };
    d.text = { ...d.text, title: 'Fixture counts, {period}' };
    edit(d);
  });

describe('map states in the integrity gate', () => {
  it('accepts a state whose datasets, fields, values and text all resolve', () => {
    const c = withLayer();
    // The overlay must carry the new text key too.
    (c.editions!.find((e) => e.file === 'content/maps/es/border.json')!.data as any).text.title = 'Cifras de prueba, {period}';
    expect(messages(c)).toEqual([]);
  });
  it('names an unknown mark kind', () => {
    const c = withLayer((d) => { d.layers[0].kind = 'heatmap'; });
    expect(messages(c)).toContainEqual(`${FILE} › layers[0].kind = "heatmap": Invalid discriminator value. Expected 'outline' | 'choropleth' | 'categories' | 'flows' | 'segments' | 'points' | 'labels' | 'note'`);
  });
  it('names a dataset the state does not list, and one that does not exist', () => {
    expect(messages(withLayer((d) => { d.datasets = []; }))).toContainEqual(`${FILE} › layers[0].dataset = "traces-fixture": is not in this state's "datasets" (none)`);
    expect(messages(withLayer((d) => { d.datasets.push('no-such-data'); }))).toContainEqual(`${FILE} › datasets[1] = "no-such-data": unknown dataset id`);
  });
  it('names a field the dataset does not have', () => {
    expect(messages(withLayer((d) => { d.layers[0].value = 'recovered'; }))).toContainEqual(`${FILE} › layers[0].value = "recovered": dataset "traces-fixture" has no field "recovered" (fields: year, submitted, usShare)`);
  });
  it('names a row the dataset does not have', () => {
    const c = withLayer((d) => { d.values.n = { dataset: 'traces-fixture', row: '1999', field: 'submitted' }; });
    expect(messages(c)).toContainEqual(`${FILE} › values.n.row = "1999": dataset "traces-fixture" has no row "1999"`);
  });
  it('refuses a number a sentence does not take from a declared value', () => {
    const c = withLayer((d) => { d.text.describe = 'The fixture map shows {count} crossings.'; });
    expect(messages(c)).toContainEqual(`${FILE} › text.describe = "{count}": is not declared in "values" (every number and year in a map sentence comes from a dataset)`);
  });
  it('refuses a digit typed into a sentence', () => {
    const c = withLayer((d) => { d.text.describe = 'The fixture map shows five crossings of 2019.'; });
    expect(messages(c)).toContainEqual(`${FILE} › text.describe = "The fixture map shows five crossings of 2019.": has a digit: a number or year in a map sentence comes from a dataset, as a {placeholder} declared in "values"`);
  });
  it('names a text key a layer uses but the entry lacks', () => {
    expect(messages(withLayer((d) => { delete d.text.title; }))).toContainEqual(`${FILE} › layers[0].legend.title = "title": no text "title" in "text"`);
  });
  it('requires the overlay to keep the English text keys and placeholders', () => {
    const c = fixture();
    (c.editions!.find((e) => e.file === 'content/maps/es/border.json')!.data as any).text = { describe: 'El mapa de prueba muestra {n} líneas.' };
    expect(messages(c)).toContainEqual('content/maps/es/border.json › text.describe = "El mapa de prueba muestra {n} líneas.": must use the placeholders of the English text: none');
    const d = fixture();
    (d.editions!.find((e) => e.file === 'content/maps/es/border.json')!.data as any).text.extra = 'Una frase de más.';
    expect(messages(d)).toContainEqual('content/maps/es/border.json › text: must have the text keys of content/maps/border.json: describe');
  });
  it('requires an overlay for every state in every edition', () => {
    const c = fixture();
    c.editions = c.editions!.filter((e) => e.file !== 'content/maps/es/border.json');
    expect(messages(c)).toContainEqual(`${FILE} › (file): has no es edition: add content/maps/es/border.json`);
  });
});
