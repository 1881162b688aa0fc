// Reading metrics of every real chapter, printed in the test output and held to the house
// style: a reading grade of 10 or below, and the numeral density (numerals per 100 words of
// prose, years not counted; STYLE.md aims at 4) under a ceiling. Spanish chapters report their
// Fernández-Huerta reading ease and stay in the normal band or easier.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, numeralDensity, readingEaseEs, readingGrade } from '../../../src/lib/content/reading';
import { readContent } from '../../../src/lib/content/read';

const { entries, editions = [] } = readContent(process.cwd());
const spanish = editions.filter((e) => e.collection === 'chapters' && e.locale === 'es');
const chapters = entries.filter((e) => e.collection === 'chapters');
const fieldTypes = new Map<string, string>();
for (const e of entries.filter((x) => x.collection === 'datasets')) {
  for (const f of (e.data as { fields: { key: string; type: string }[] }).fields) fieldTypes.set(`${e.id}/${f.key}`, f.type);
}
/** A <Fact> printing a year counts as a year. */
const factText = (attrs: string) => {
  const get = (n: string) => new RegExp(`${n}="([^"]*)"`).exec(attrs)?.[1];
  return fieldTypes.get(`${get('dataset')}/${get('field')}`) === 'year' ? '2000' : '12';
};

export const GRADE_CEILING = 10;
export const DENSITY_CEILING = 4.5;
/** Fernández-Huerta: 60–70 is the "normal" band; the Spanish edition stays there or easier. */
export const EASE_FLOOR = 60;

describe('chapter reading metrics', () => {
  it('has chapters to measure', () => expect(chapters.length).toBeGreaterThan(0));
  const rows = chapters.map((c) => {
    const body = c.body ?? readFileSync(c.file, 'utf8');
    return { chapter: c.id, words: countWords(body), grade: readingGrade(body), numeralsPer100Words: numeralDensity(body, factText) };
  });
  console.log(`Chapter reading metrics (grade: Flesch–Kincaid; numerals per 100 words, years not counted)\n${rows.map((r) => `  ${r.chapter.padEnd(22)} ${String(r.words).padStart(6)} words  grade ${r.grade.toFixed(1).padStart(4)}  numerals/100 words ${r.numeralsPer100Words.toFixed(1)}`).join('\n')}`);
  it.each(rows)('$chapter reads at grade 10 or below', ({ grade }) => expect(grade).toBeLessThanOrEqual(GRADE_CEILING));
  it.each(rows)('$chapter keeps numerals under the ceiling', ({ numeralsPer100Words }) => expect(numeralsPer100Words).toBeLessThanOrEqual(DENSITY_CEILING));
});

describe('Spanish chapter reading metrics', () => {
  it('has a Spanish twin for every chapter', () => expect(spanish.map((c) => c.id).sort()).toEqual(chapters.map((c) => c.id).sort()));
  const rows = spanish.map((c) => ({ chapter: c.id, words: countWords(c.body ?? ''), ease: readingEaseEs(c.body ?? '') }));
  console.log(`Spanish chapter reading metrics (Fernández-Huerta reading ease: 60–70 normal, higher is easier)\n${rows.map((r) => `  ${r.chapter.padEnd(22)} ${String(r.words).padStart(6)} words  Fernández-Huerta ${r.ease.toFixed(1)}`).join('\n')}`);
  it.each(rows)('$chapter reads in the normal band or easier', ({ ease }) => expect(ease).toBeGreaterThanOrEqual(EASE_FLOOR));
});
