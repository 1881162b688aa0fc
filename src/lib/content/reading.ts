// Reading time from a chapter's MDX source: counts the words a reader reads (prose and the
// text inside components), not tag names, attributes or comments.
export const WORDS_PER_MINUTE = 230;

/** Words of reader-visible text in MDX source. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[#*_>`|[\]()-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes, rounded up, at least 1. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.ceil(countWords(mdx) / WORDS_PER_MINUTE));
}

/** What a <Fact> prints, for counting: a year stays a year, anything else is a number. */
export type FactText = (attrs: string) => string;
const AS_NUMBER: FactText = () => '12';

/** Reader-visible prose of MDX source as plain text (tags, comments and imports removed). */
export function proseOf(mdx: string, factText: FactText = AS_NUMBER): string {
  return mdx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<Fact\b([^>]*)\/>/g, (_m, attrs: string) => ` ${factText(attrs)} `)
    .replace(/<Cite\b[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^#+\s.*$/gm, ' ')
    .replace(/[*_`>|[\]]/g, ' ');
}

/** Years as prose states them (1900–2099), which the numeral density leaves out. */
const YEAR = /^(?:19|20)\d{2}$/;

/** Numerals per 100 words of MDX prose, years not counted (house style: at most about 4). */
export function numeralDensity(mdx: string, factText?: FactText): number {
  const words = proseOf(mdx, factText).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const numerals = words.flatMap((w) => w.match(/\d[\d,.]*/g) ?? []).filter((n) => !YEAR.test(n.replace(/[.,]$/, '')));
  return words.length === 0 ? 0 : Math.round((numerals.length / words.length) * 1000) / 10;
}

/** Syllables in an English word, by the usual vowel-group heuristic (good to about one syllable). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Abbreviations that end in a period inside a sentence (titles before a name, "Jr.", "Co."), in either edition. */
const ABBREVIATIONS = new Set(['rep', 'sen', 'gov', 'gen', 'lt', 'col', 'sgt', 'mr', 'mrs', 'ms', 'dr', 'dra', 'st', 'jr', 'co', 'inc', 'corp', 'sr', 'sra', 'lic', 'ing', 'gral']);

/** Sentences in plain prose: runs of . ! ? (and … in Spanish) before a space or the end, not after an abbreviation. */
export function sentenceCount(text: string, ends = /[.!?]+["”’)]*(?=\s|$)/g): number {
  let n = 0;
  for (const m of text.matchAll(ends)) {
    const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase();
    if (m[0].startsWith('.') && word && ABBREVIATIONS.has(word)) continue;
    n++;
  }
  return Math.max(1, n);
}

/** Flesch-Kincaid grade level of MDX prose: the US school grade needed to follow it. */
export function readingGrade(mdx: string): number {
  const text = proseOf(mdx);
  const sentences = sentenceCount(text);
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length === 0) return 0;
  const syl = words.reduce((sum, w) => sum + syllables(w), 0);
  return Math.round((0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59) * 10) / 10;
}

/** Syllables in a Spanish word: vowel groups, with strong-vowel pairs (hiatus) and accented i/u counted apart. */
export function syllablesEs(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  let n = 0;
  for (const group of w.match(/[aeiouáéíóúü]+/g) ?? []) {
    n += 1;
    for (let i = 1; i < group.length; i++) if (/[aeoáéóíú]/.test(group[i - 1]!) && /[aeoáéóíú]/.test(group[i]!)) n += 1;
  }
  return Math.max(1, n);
}

/**
 * Fernández-Huerta reading ease of Spanish MDX prose (0–100; 60–70 is "normal", higher is
 * easier): 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence. (Fernández
 * Huerta's paper printed the last term as sentences per 100 words, which would make longer
 * sentences read easier; the form used here is the corrected one, parallel to Flesch's.)
 */
export function readingEaseEs(mdx: string): number {
  const text = proseOf(mdx);
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return 0;
  const sentences = sentenceCount(text, /[.!?…]+["”’»)]*(?=\s|$)/g);
  const syl = words.reduce((sum, w) => sum + syllablesEs(w), 0);
  return Math.round((206.84 - 0.6 * ((syl / words.length) * 100) - 1.02 * (words.length / sentences)) * 10) / 10;
}
