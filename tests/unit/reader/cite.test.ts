// "Cite this": the four styles from one record, with the access date.
import en from '../../../src/i18n/en.json';
import { describe, expect, it } from 'vitest';
import { apa, bibEscape, bibtex, chicago, cite, localDay, mla, plain, STYLES, type CiteRecord } from '../../../src/lib/reader/cite';

const WORDS = en.cite;

const chapter: CiteRecord = {
  kind: 'chapter',
  title: 'The pipeline',
  url: 'https://iron-river.org/chapters/the-pipeline/',
  published: '2026-11-20',
  updated: '2026-11-24',
  author: 'Iron River',
  key: 'the-pipeline',
};
const accessed = '2026-11-25';

describe('APA 7', () => {
  it('uses the update date, italic title and a retrieval date', () => {
    const s = apa(chapter, accessed, WORDS);
    expect(plain(s)).toBe('Iron River. (2026, November 24). The pipeline. Retrieved November 25, 2026, from https://iron-river.org/chapters/the-pipeline/');
    expect(s.find((x) => x.italic)?.text).toBe('The pipeline');
  });
  it('labels a data set and gives its year', () => {
    expect(plain(apa({ ...chapter, kind: 'dataset', title: 'Southbound seizures' }, accessed, WORDS))).toBe(
      'Iron River. (2026). Southbound seizures [Data set]. Retrieved November 25, 2026, from https://iron-river.org/chapters/the-pipeline/',
    );
  });
});

describe('MLA 9', () => {
  it('quotes the title, italicises the site, drops the protocol and abbreviates months', () => {
    const s = mla(chapter, accessed, WORDS);
    expect(plain(s)).toBe('“The pipeline.” Iron River, 24 Nov. 2026, iron-river.org/chapters/the-pipeline/. Accessed 25 Nov. 2026.');
    expect(s.find((x) => x.italic)?.text).toBe('Iron River');
  });
  it('keeps a question mark instead of adding a period', () => {
    expect(plain(mla({ ...chapter, title: 'Who pays?' }, '2026-09-03', WORDS))).toBe('“Who pays?” Iron River, 24 Nov. 2026, iron-river.org/chapters/the-pipeline/. Accessed 3 Sept. 2026.');
  });
});

describe('Chicago 17', () => {
  it('says "Last modified" when the chapter was updated', () => {
    expect(plain(chicago(chapter, accessed, WORDS))).toBe(
      'Iron River. “The pipeline.” Iron River. Last modified November 24, 2026. Accessed November 25, 2026. https://iron-river.org/chapters/the-pipeline/.',
    );
  });
  it('says "Published" otherwise', () => {
    expect(plain(chicago({ ...chapter, updated: chapter.published }, accessed, WORDS))).toContain('Published November 20, 2026.');
  });
});

describe('BibTeX', () => {
  it('is a @misc entry with url, urldate and an escaped, case-protected title', () => {
    const text = plain(bibtex({ ...chapter, title: 'Guns & 100% of "traces"' }, accessed, WORDS));
    expect(text).toMatch(/^@misc\{ironriver2026thepipeline,\n/);
    expect(text).toContain('title        = {{Guns \\& 100\\% of "traces"}}');
    expect(text).toContain('author       = {{Iron River}}');
    expect(text).toContain('month        = nov');
    expect(text).toContain('urldate      = {2026-11-25}');
    expect(text).toContain('url          = {https://iron-river.org/chapters/the-pipeline/}');
    expect(text.trim().endsWith('}')).toBe(true);
  });
  it('escapes every special character', () => {
    expect(bibEscape('a_b#c$d{e}f~g^h\\')).toBe('a\\_b\\#c\\$d\\{e\\}f\\textasciitilde{}g\\textasciicircum{}h\\textbackslash{}');
  });
});

describe('cite(style) and dates', () => {
  it('has a formatter for every listed style, each carrying the access date', () => {
    for (const { id } of STYLES) expect(plain(cite(id, chapter, '2027-01-02', WORDS))).toMatch(/2027|Jan/);
  });
  it('rejects malformed dates rather than printing nonsense', () => {
    expect(() => apa({ ...chapter, updated: '2026-13-01' }, accessed, WORDS)).toThrow(RangeError);
    expect(() => mla(chapter, '25/11/2026', WORDS)).toThrow(RangeError);
  });
  it('localDay gives the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
