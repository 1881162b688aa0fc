// Dataset, source, glossary and chapter schemas: valid fixtures pass; each kind of bad
// input fails with a message that names the field and says what is wrong.
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../src/schemas/dataset';
import { SourceSchema } from '../../../src/schemas/source';
import { ChapterSchema } from '../../../src/schemas/chapter';
import { SCHEMAS, fieldPath } from '../../../src/lib/content/integrity';
import { fixture } from './fixtures';

const data = (file: string) => structuredClone(fixture().entries.find((e) => e.file === file)!.data) as any;
const DATASET = 'content/data/traces-fixture.json';

function issues(schema: { safeParse: (v: unknown) => any }, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i: any) => `${fieldPath(i.path)}: ${i.message}`);
}

describe('fixtures', () => {
  it('every valid fixture parses', () => {
    for (const e of fixture().entries) {
      expect(issues(SCHEMAS[e.collection], e.data), e.file).toEqual([]);
    }
  });
});

describe('DatasetSchema domain rules', () => {
  const bad = (edit: (d: any) => void) => {
    const d = data(DATASET);
    edit(d);
    return issues(DatasetSchema, d);
  };
  it('years must ascend', () => {
    expect(bad((d) => { d.rows[0].year = 2011; })).toContainEqual('rows[1].year: rows must ascend by year: 2008 comes after 2011');
  });
  it('shares stay within 0-100', () => {
    expect(bad((d) => { d.rows[0].usShare = 101; })).toContainEqual('rows[0].usShare: expected a share between 0 and 100, got 101');
  });
  it('counts are non-negative integers', () => {
    expect(bad((d) => { d.rows[0].submitted = -3; })).toContainEqual('rows[0].submitted: expected a count (non-negative integer), got -3');
    expect(bad((d) => { d.rows[0].submitted = 12.5; })).toContainEqual('rows[0].submitted: expected a count (non-negative integer), got 12.5');
  });
  it('a year must be a year', () => {
    expect(bad((d) => { d.rows[0].year = '2007'; })).toContainEqual('rows[0].year: expected a year (integer 1900-2100), got "2007"');
  });
  it('a gap is allowed only in a nullable field', () => {
    expect(bad((d) => { d.rows[1].year = null; })).toContainEqual('rows[1].year: missing value; mark the field "nullable" if this is a real gap');
  });
  it('row ids are unique', () => {
    expect(bad((d) => { d.rows[1].id = '2007'; })).toContainEqual('rows[1].id: duplicate row id "2007"');
  });
  it('rows may only use declared fields', () => {
    expect(bad((d) => { d.rows[0].submited = 5; })).toContainEqual('rows[0].submited: unknown field "submited" (declare it in fields)');
  });
  it('with several sources every row names its own, from the dataset list', () => {
    expect(bad((d) => { delete d.rows[0].sources; })).toContainEqual('rows[0].sources: required when the dataset has more than one source');
    expect(bad((d) => { d.rows[0].sources = ['elsewhere']; })).toContainEqual('rows[0].sources: "elsewhere" is not listed in the dataset\'s sources');
  });
  it('objects are strict: a misspelt top-level key fails', () => {
    expect(bad((d) => { d.caveat = 'x'; }).join('\n')).toMatch(/caveat/);
  });
  it('a number field needs a unit', () => {
    expect(bad((d) => { d.fields[1].type = 'number'; delete d.fields[1].unit; })).toContainEqual('fields[1].unit: a number field needs a unit');
  });
});

describe('SourceSchema', () => {
  const SRC = 'content/sources/gao-fixture.json';
  it('rejects a malformed URL, a bad date and an unknown tier', () => {
    const s = data(SRC);
    s.url = 'gao.gov/report';
    s.published = '2021-13';
    s.tier = 'tertiary';
    const found = issues(SourceSchema, s).join('\n');
    expect(found).toMatch(/^url: /m);
    expect(found).toMatch(/^published: must be a date written YYYY, YYYY-MM or YYYY-MM-DD/m);
    expect(found).toMatch(/^tier: /m);
  });
  it('ids are kebab-case', () => {
    expect(issues(SourceSchema, { ...data(SRC), id: 'GAO_21' })).toContainEqual('id: must be lowercase kebab-case (a-z, 0-9 and single hyphens)');
  });
});

describe('ChapterSchema', () => {
  const CH = 'content/chapters/fixture-chapter.mdx';
  it('needs key terms and questions, and updated on or after published', () => {
    const c = data(CH);
    c.keyTerms = [];
    c.updated = '2020-01-01';
    const found = issues(ChapterSchema, c);
    expect(found.join('\n')).toMatch(/^keyTerms: /m);
    expect(found).toContainEqual('updated: updated must not be earlier than published');
  });
});
