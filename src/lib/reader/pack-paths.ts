// Static paths for the pages that exist once per chapter and edition (the classroom pack):
// every edition has every chapter, so the paths are the chapters of each edition.
import { getChapters } from '../data/get';
import { LOCALES, localeParam } from '../i18n/locales';

export async function chapterPackPaths() {
  const editions = await Promise.all(LOCALES.map(async (locale) => (await getChapters(locale)).map((c) => ({ params: { locale: localeParam(locale), slug: c.id }, props: { locale, slug: c.id } }))));
  return editions.flat();
}
