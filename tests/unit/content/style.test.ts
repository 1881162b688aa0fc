// The house-style gate (content/STYLE.md): each rule fails on a planted violation, quotations,
// ids and URLs are left alone, and errors name file and line.
import { describe, expect, it } from 'vitest';
import { checkEntryStyle, findStyleHits, readerTextOfMdx } from '../../../src/lib/content/style';
import type { RawEntry } from '../../../src/lib/content/read';

const found = (text: string, prose = true) => findStyleHits(text, { prose }).map((h) => h.found);

describe('findStyleHits()', () => {
  it.each([
    ['a .50-calibre rifle', 'calibre'],
    ['a dealer’s licence', 'licence'],
    ['the Defence Ministry', 'Defence'],
    ['criminal organisations', 'organisations'],
    ['the tracing centre', 'centre'],
    ['an armoured truck', 'armoured'],
    ['neighbouring states', 'neighbouring'],
    ['five kilometres away', 'kilometres'],
    ['a labelled map', 'labelled'],
    ['a federal programme', 'programme'],
    ['they recognised it', 'recognised'],
    ['the car park', 'car park'],
    ['86 per cent of guns', 'per cent'],
    ['on 30 November 2019', '30 November 2019'],
    ['from 2022-2023 data', '2022-2023'],
    ['seizures in FY2024 fell', 'FY2024'],
    ['in fiscal 2023', 'fiscal 2023'],
    ['the 2024 fiscal year', 'the 2024 fiscal year'],
    ['U.S. guns', 'U.S.'],
    ['the Sinaloa cartel', 'Sinaloa cartel'],
    ['members of the Los Zetas', 'the Los Zetas'],
    ['as chapter two showed', 'chapter two'],
    ['see the next chapter', 'the next chapter'],
    ["Mexico's army", "'"],
    ['a "trickle"', '"'],
  ])('flags %j', (text, form) => {
    expect(found(text)).toContain(form);
  });
  it('passes the house forms', () => {
    expect(found('On November 30, 2019, a .50-caliber rifle, licensed dealers, the Defense Ministry, 2022–2023, fiscal year 2024, US guns, the Sinaloa Cartel, Los Zetas, *The toll* and Mexico’s “trickle”.')).toEqual([]);
  });
  it('leaves quotations in their original spelling', () => {
    expect(found('He called it “a defence of the U.S. licence”, in his words.')).toEqual([]);
  });
  it('allows FY2024 in chart labels (data), not in prose', () => {
    expect(found('FY2024', false)).toEqual([]);
    expect(found('FY 2024', false)).toEqual(['FY 2024']);
  });
  it('does not mistake an ISO date for a range', () => {
    expect(found('2025-06-05')).toEqual([]);
  });
});

describe('readerTextOfMdx()', () => {
  it('checks prose and visible attributes, not ids, dataset names or link targets', () => {
    const body = 'See [the data](/data/fifty-calibre-seizures/).\n\n<ChartFigure dataset="fifty-calibre-seizures" id="x" title="Seized .50-calibre rifles" />\n';
    const { text, attrs } = readerTextOfMdx(body);
    expect(text).not.toContain('fifty-calibre');
    expect(text.length).toBe(body.length);
    expect(attrs.map((a) => a.value)).toEqual(['Seized .50-calibre rifles']);
  });
});

describe('checkEntryStyle()', () => {
  const chapter = (body: string): RawEntry => {
    const text = `---\ntitle: 'A title'\n---\n${body}`;
    return { collection: 'chapters', file: 'content/chapters/x.mdx', id: 'x', data: { title: 'A title' }, body, text };
  };
  it('names file and line for chapter text and attributes', () => {
    const errors = checkEntryStyle(chapter('One line.\n\nThe centre of it.\n\n<Step id="a" state="a" alt="An armoured truck">\n'));
    expect(errors.map((e) => [e.file, e.field, e.value])).toEqual([
      ['content/chapters/x.mdx', 'line 6', 'centre'],
      ['content/chapters/x.mdx', 'line 8', 'armoured'],
    ]);
    expect(errors[0]!.message).toContain('write center');
  });
  it('checks front matter, glossary and dataset text, skipping ids and source titles', () => {
    const glossary: RawEntry = { collection: 'glossary', file: 'content/glossary/g.json', id: 'g', data: { id: 'g', term: 'Licence', definition: 'A defence.', source: 'fifty-calibre', es: 'licencia' }, text: '{\n  "term": "Licence",\n  "definition": "A defence."\n}' };
    expect(checkEntryStyle(glossary).map((e) => [e.field, e.value])).toEqual([['line 2 (term)', 'Licence'], ['line 3 (definition)', 'defence']]);
    const source: RawEntry = { collection: 'sources', file: 'content/sources/s.json', id: 's', data: { id: 's', title: 'Defence of the Realm', usedFor: 'The centre’s count.' }, text: '' };
    expect(checkEntryStyle(source).map((e) => e.value)).toEqual(['centre']);
    const dataset: RawEntry = {
      collection: 'datasets', file: 'content/data/d.json', id: 'd', text: '',
      data: { id: 'fifty-calibre', title: 'Seizures, FY2024', fields: [{ key: 'label', label: 'Label', type: 'text' }, { key: 'date', label: 'Date', type: 'date' }], rows: [{ id: 'a', label: 'Calibre', date: '2024-05' }] },
    };
    expect(checkEntryStyle(dataset).map((e) => e.value)).toEqual(['Calibre']);
  });
  it('checks each edition by its own rules: Spanish chapters, overlays and the Spanish home page', () => {
    const es = (body: string): RawEntry => ({ ...chapter(body), file: 'content/chapters/es/x.mdx', locale: 'es' });
    const errors = checkEntryStyle(es('Armas de 2022-2023.\n\nEl 30 de Noviembre de 2019, si usted lo lee.\n\nLa centre de "todo".\n'));
    expect(errors.map((e) => e.value)).toEqual(['2022-2023', '30 de Noviembre', 'usted', '"', '"']);
    expect(errors[0]!.message).toContain('2022–2023');
    // English rules do not apply to Spanish text, and quotations keep their words.
    expect(checkEntryStyle(es('La centre del “usted 2022-2023”.\n'))).toEqual([]);
    const overlay: RawEntry = { collection: 'datasets', file: 'content/data/es/d.json', id: 'd', locale: 'es', text: '', data: { title: 'Armas, 2018-2023', fields: { year: { label: 'Año' } }, rows: { a: { note: 'Dato de 2010-2018' } } } };
    expect(checkEntryStyle(overlay).map((e) => e.value)).toEqual(['2018-2023', '2010-2018']);
    const home: RawEntry = { collection: 'home', file: 'content/home/es.mdx', id: 'es', data: { dek: 'Desde 2006-2010' }, body: '', text: '' };
    expect(checkEntryStyle(home).map((e) => e.value)).toEqual(['2006-2010']);
    // An edition with no rules table is not checked.
    expect(checkEntryStyle({ ...es('usted 2022-2023'), locale: 'fr' })).toEqual([]);
  });
});
