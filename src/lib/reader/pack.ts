// Build-time access to a chapter's classroom pack in one edition: the chapter, its guide, its
// short version, its figures, and the reading times the pages print. Pages of the pack call
// this so every piece agrees on the numbers.
import { getChapters, getGuide, getShort } from '../data/get';
import { getFigures } from './figure-registry';
import { classReadingRange, figureWords } from './guide';
import { countWords, readingEaseEs, readingGrade } from '../content/reading';
import type { Locale } from '../i18n/locales';

/** The edition's readability measure: US grade level in English, Fernández-Huerta ease in Spanish. */
export const readingLevel = (body: string, locale: Locale) => (locale === 'es' ? Math.round(readingEaseEs(body)) : Math.round(readingGrade(body)));

export async function getPack(slug: string, locale: Locale) {
  const chapters = await getChapters(locale);
  const entry = chapters.find((c) => c.id === slug);
  if (!entry) throw new Error(`No chapter "${slug}" in the ${locale} edition`);
  const [guide, short, figures] = await Promise.all([getGuide(slug, locale), getShort(slug, locale), getFigures(locale)]);
  const own = figures.filter((f) => f.chapter === slug);
  const body = entry.body ?? '';
  const shortBody = short.body ?? '';
  const shortFigures = (shortBody.match(/<ChapterFigure\b/g) ?? []).length;
  return {
    entry,
    chapter: entry.data,
    guide,
    short,
    figures: own,
    reading: classReadingRange(countWords(body) + figureWords(own), own.length),
    shortReading: classReadingRange(countWords(shortBody), shortFigures),
    level: readingLevel(body, locale),
    shortLevel: readingLevel(shortBody, locale),
  };
}

export type Pack = Awaited<ReturnType<typeof getPack>>;

