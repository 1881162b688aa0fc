// The one place site URLs are assembled: chapter, section, figure, embed, share card, data and
// page URLs, per edition. Components and pages call these instead of writing paths by hand.
import { LOCALE_INFO, type Locale } from '../i18n/locales';

const p = (locale: Locale, path: string) => `${LOCALE_INFO[locale].prefix}${path}`;
const hash = (anchor?: string) => (anchor ? `#${anchor}` : '');

export const urls = {
  /** The edition's home page. */
  home: (locale: Locale) => p(locale, '/'),
  /** A top-level page by name: page(l, 'glossary') → "/glossary/". */
  page: (locale: Locale, name: string, anchor?: string) => p(locale, name ? `/${name}/` : '/') + hash(anchor),
  chapter: (locale: Locale, slug: string, anchor?: string) => p(locale, `/chapters/${slug}/`) + hash(anchor),
  /** A figure in its chapter (figures carry the id "fig-<figure id>"). */
  figure: (locale: Locale, chapter: string, figure: string) => p(locale, `/chapters/${chapter}/#fig-${figure}`),
  embed: (locale: Locale, figure: string, step?: string) => p(locale, `/embed/${figure}/${step ? `${step}/` : ''}`),
  /** The chapter opener's small picture of its key graphic. */
  keyThumbnail: (locale: Locale, slug: string) => p(locale, `/og/key/${slug}.webp`),
  card: (locale: Locale, slug?: string) => p(locale, slug ? `/og/${slug}.png` : '/og/site.png'),
  data: (locale: Locale, id: string, ext: 'csv' | 'json') => p(locale, `/data/${id}.${ext}`),
  glossaryTerm: (locale: Locale, id: string) => p(locale, `/glossary/#${id}`),
  source: (locale: Locale, id: string) => p(locale, `/sources/#${id}`),
  /** A student piece of a chapter's classroom pack: pack(l, 'the-toll', 'short') → "/chapters/the-toll/short/". */
  pack: (locale: Locale, slug: string, piece: string) => p(locale, `/chapters/${slug}/${piece}/`),
  /** The teacher's side of a chapter's pack: guide, plans, look-fors and standards. */
  teacherPack: (locale: Locale, slug: string, anchor?: string) => p(locale, `/teachers/${slug}/`) + hash(anchor),
  unitPlan: (locale: Locale, anchor?: string) => p(locale, '/teachers/unit/') + hash(anchor),
  referenceMap: (locale: Locale) => p(locale, '/teachers/map/'),
};
