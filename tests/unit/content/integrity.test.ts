// The integrity gate: each cross-collection mistake is reported with file, field and value.
import { describe, expect, it } from 'vitest';
import { checkContent, formatError } from '../../../src/lib/content/integrity';
import { entry, fixture, mutate } from './fixtures';

const messages = (c: Parameters<typeof checkContent>[0]) => checkContent(c).map(formatError);

describe('checkContent()', () => {
  it('accepts the fixture tree', () => {
    expect(messages(fixture())).toEqual([]);
  });
  it('names an unknown source id in a dataset', () => {
    const c = mutate('content/data/traces-fixture.json', (d) => { d.sources.push('no-such-source'); });
    expect(messages(c)).toContainEqual('content/data/traces-fixture.json › sources[2] = "no-such-source": unknown source id');
  });
  it('names an unknown source id in a chapter', () => {
    const c = mutate('content/chapters/fixture-chapter.mdx', (d) => { d.sources = ['gao-fixture', 'ghost']; });
    expect(messages(c)).toContainEqual('content/chapters/fixture-chapter.mdx › sources[1] = "ghost": unknown source id');
  });
  it('names an unknown dataset in a chapter', () => {
    const c = mutate('content/chapters/fixture-chapter.mdx', (d) => { d.datasets = ['missing-data']; });
    expect(messages(c)).toContainEqual('content/chapters/fixture-chapter.mdx › datasets[0] = "missing-data": unknown dataset id');
  });
  it('names a key term missing from the glossary', () => {
    const c = mutate('content/chapters/fixture-chapter.mdx', (d) => { d.keyTerms = ['trace', 'straw-purchase']; });
    expect(messages(c)).toContainEqual('content/chapters/fixture-chapter.mdx › keyTerms[1] = "straw-purchase": unknown glossary term id');
  });
  it('names a glossary source that does not exist', () => {
    const c = mutate('content/glossary/trace.json', (d) => { d.source = 'nope'; });
    expect(messages(c)).toContainEqual('content/glossary/trace.json › source = "nope": unknown source id');
  });
  it('lets at most one chapter give the site card its graphic', () => {
    const c = mutate('content/chapters/fixture-chapter.mdx', (d) => { d.siteCard = true; });
    (c.editions!.find((e) => e.file === 'content/chapters/es/fixture-chapter.mdx')!.data as { siteCard: boolean }).siteCard = true;
    expect(messages(c)).toEqual([]);
    const second = structuredClone(entry(c, 'content/chapters/fixture-chapter.mdx'));
    Object.assign(second, { file: 'content/chapters/second.mdx', id: 'second' });
    (second.data as { order: number }).order = 2;
    c.entries.push(second);
    expect(messages(c)).toContainEqual('content/chapters/second.mdx › siteCard = true: only one chapter may give the site card its graphic; content/chapters/fixture-chapter.mdx already does');
  });
  it('reports an empty collection', () => {
    const c = fixture();
    c.entries = c.entries.filter((e) => e.collection !== 'datasets');
    expect(messages(c)).toContainEqual('content/data/ › (folder): the datasets collection is empty: no *.json file found');
  });
  it('reports a missing folder', () => {
    const c = fixture();
    c.entries = c.entries.filter((e) => e.collection !== 'glossary');
    c.missing.push('glossary');
    expect(messages(c)).toContainEqual('content/glossary/ › (folder): the glossary folder is missing');
  });
  it('reports an unreadable file instead of skipping it', () => {
    const c = fixture();
    const e = entry(c, 'content/data/traces-fixture.json');
    delete e.data;
    e.error = 'could not be read: Unexpected token } in JSON at position 10';
    expect(messages(c)).toContainEqual('content/data/traces-fixture.json › (file): could not be read: Unexpected token } in JSON at position 10');
  });
  it('requires ids to match file names', () => {
    const c = mutate('content/sources/news-fixture.json', (d) => { d.id = 'news-fixture-2'; });
    expect(messages(c)).toContainEqual('content/sources/news-fixture.json › id = "news-fixture-2": must equal the file name "news-fixture"');
  });
  it('flags a source nothing uses', () => {
    const c = fixture();
    const extra = structuredClone(entry(c, 'content/sources/news-fixture.json'));
    extra.file = 'content/sources/orphan.json';
    extra.id = 'orphan';
    (extra.data as any).id = 'orphan';
    c.entries.push(extra);
    expect(messages(c)).toContainEqual('content/sources/orphan.json › id = "orphan": this source is not used by any chapter, dataset or glossary term');
  });
  it('passes schema errors through with the bad value', () => {
    const c = mutate('content/data/traces-fixture.json', (d) => { d.rows[2].usShare = 170.5; });
    expect(messages(c)).toContainEqual('content/data/traces-fixture.json › rows[2].usShare = 170.5: expected a share between 0 and 100, got 170.5');
  });
});

describe('updates log', () => {
  it('names an update that points at an unknown chapter', () => {
    const c = mutate('content/updates/2026-11-25-launch.json', (d) => { d.chapters = ['no-such-chapter']; });
    expect(messages(c)).toContainEqual('content/updates/2026-11-25-launch.json › chapters[0] = "no-such-chapter": unknown chapter id');
  });
});
