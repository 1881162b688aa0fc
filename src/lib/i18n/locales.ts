// The site's editions. English is the default and keeps today's URLs; every other edition
// lives under /<code>/. Everything locale-specific (Intl tags, Open Graph locale, URL prefix)
// is looked up here, so adding an edition is one entry plus its message catalog and content.

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleInfo {
  /** The html lang attribute and hreflang value. */
  lang: string;
  /** The BCP 47 tag for Intl number and date formats. */
  intl: string;
  /** Open Graph locale, e.g. "en_US". */
  og: string;
  /** URL prefix: "" for the default edition, "/es" for Spanish. */
  prefix: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', intl: 'en-US', og: 'en_US', prefix: '' },
  es: { lang: 'es', intl: 'es-MX', og: 'es_MX', prefix: '/es' },
};

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The edition of a route's `[...locale]` parameter (undefined for the default edition). */
export function localeOf(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  if (!isLocale(param)) throw new Error(`Unknown edition "${param}": add it to LOCALES in src/lib/i18n/locales.ts`);
  return param;
}

/** The `[...locale]` parameter of an edition: undefined for the default one, so its URLs stay unprefixed. */
export const localeParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/** getStaticPaths entries for a page that exists once per edition. */
export const editionPaths = () => LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));

/** The edition a built URL path belongs to ("/es/chapters/x/" → "es"). */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1];
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The same path in another edition: "/chapters/x/" ↔ "/es/chapters/x/". */
export function pathIn(locale: Locale, path: string): string {
  const from = localeOfPath(path);
  const bare = from === DEFAULT_LOCALE ? path : path.slice(LOCALE_INFO[from].prefix.length) || '/';
  // Static hosts serve the root not-found page as /404.html; an edition's is /<code>/404/.
  if (/^\/404(\.html|\/)?$/.test(bare)) return locale === DEFAULT_LOCALE ? '/404.html' : `${LOCALE_INFO[locale].prefix}/404/`;
  return `${LOCALE_INFO[locale].prefix}${bare}`;
}
