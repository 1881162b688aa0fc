// The values a map sentence may print (lib/map/derive.ts), on a small hand-made dataset: a cell,
// a period, and the derivations range, count and list, in both editions; and the sentence filler,
// which refuses a placeholder the state does not declare.
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '@schemas/dataset';
import { MapStateSchema, type MapValue } from '@schemas/map-state';
import { stateText, valueText, type ValueContext } from '@lib/map/derive';
import type { Locale } from '@lib/i18n/locales';

const towns = DatasetSchema.parse({
  id: 'fixture-crossings', title: 'Fixture crossings', description: 'Three made-up crossings with made-up counts.', sources: ['fixture'],
  period: { start: '2020', end: '2021' }, caveats: ['A test fixture, not real data.'], method: 'Made up for the unit tests.', licence: 'CC0 test fixture',
  fields: [
    { key: 'crossing', label: 'Crossing', type: 'text' },
    { key: 'rule', label: 'Rule', type: 'category', values: ['open', 'closed'] },
    { key: 'count', label: 'Count', type: 'count', unit: 'guns' },
    { key: 'share', label: 'Share', type: 'share' },
  ],
  rows: [
    { id: 'a', crossing: 'Alpha – Uno', rule: 'open', count: 1200, share: 40.5 },
    { id: 'b', crossing: 'Beta – Dos', rule: 'closed', count: 3400, share: 42 },
    { id: 'c', crossing: 'Gamma', rule: 'open', count: 50, share: 41 },
  ],
});
const text = { route: '{from} to {to}', describe: 'Between {range}: {list}.' };
const ctx = (locale: Locale = 'en'): ValueContext => ({ datasets: { [towns.id]: towns }, text, locale });
const value = (v: object, locale?: Locale) => valueText(v as MapValue, ctx(locale));

describe('valueText()', () => {
  it('prints a cell as readers see it, and a period as its years', () => {
    expect(value({ dataset: towns.id, row: 'b', field: 'count' })).toBe('3,400');
    expect(value({ dataset: towns.id, period: true })).toBe('2020–2021');
  });
  it('derives the range of a field, the % printed once', () => {
    expect(value({ derived: 'range', dataset: towns.id, field: 'share' })).toBe('40.5–42%');
  });
  it('counts rows in words below ten, in the edition’s words', () => {
    expect(value({ derived: 'count', dataset: towns.id })).toBe('three');
    expect(value({ derived: 'count', dataset: towns.id }, 'es')).toBe('tres');
  });
  it('lists rows: filtered, sorted largest first, joined as declared', () => {
    expect(value({ derived: 'list', dataset: towns.id, field: 'crossing', where: { field: 'rule', is: ['open'] }, join: 'and' })).toBe('Alpha – Uno and Gamma');
    expect(value({ derived: 'list', dataset: towns.id, field: 'crossing', where: { field: 'rule', not: ['open'] }, join: 'and' }, 'es')).toBe('Beta – Dos');
    expect(value({ derived: 'list', dataset: towns.id, field: 'crossing', sortBy: 'count', join: 'then' })).toBe('Beta – Dos, then Alpha – Uno, then Gamma');
  });
  it('lists rows as sentences, splitting a field into named parts, and prints a value that does not split whole', () => {
    expect(value({ derived: 'list', dataset: towns.id, item: 'route', split: { field: 'crossing', on: ' – ', into: ['from', 'to'] }, join: 'semicolon' })).toBe('Alpha to Uno; Beta to Dos; Gamma');
  });
});

describe('stateText()', () => {
  const entry = MapStateSchema.parse({
    id: 'fixture-state', datasets: [towns.id], layers: [], text,
    values: { range: { derived: 'range', dataset: towns.id, field: 'share' }, list: { derived: 'list', dataset: towns.id, field: 'crossing', join: 'comma' } },
  });
  it('fills a sentence from the declared values', () => {
    expect(stateText(entry, 'describe', ctx())).toBe('Between 40.5–42%: Alpha – Uno, Beta – Dos, Gamma.');
  });
  it('refuses a placeholder that is not a declared value, naming the file and the text key', () => {
    const bad = { ...entry, text: { ...text, describe: 'About {total} guns.' } };
    expect(() => stateText(bad, 'describe', { ...ctx(), text: bad.text })).toThrow('content/maps/fixture-state.json › text.describe: {total} is not declared in "values"');
  });
});
