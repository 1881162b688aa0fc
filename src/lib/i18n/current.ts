// The edition of the page being rendered, for components: Astro's i18n routing sets
// `Astro.currentLocale` from the URL (English pages have no prefix, Spanish ones /es/).
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { t, type Translate } from './messages';

export function pageLocale(astro: { currentLocale?: string | undefined }): Locale {
  return isLocale(astro.currentLocale) ? astro.currentLocale : DEFAULT_LOCALE;
}

/** The page's edition and its message lookup, in one call. */
export function pageMessages(astro: { currentLocale?: string | undefined }): { locale: Locale; t: Translate } {
  const locale = pageLocale(astro);
  return { locale, t: t(locale) };
}
