// What search engines are told: the options for @astrojs/sitemap (which pages are listed, and
// the hreflang alternates between the editions) and robots.txt. Pure, so both are unit-tested.
import { LOCALE_INFO, LOCALES } from '../i18n/locales';

/** Pages a search engine should list: not the 404 pages, not the embeds (they are noindex). */
export function indexable(url: string): boolean {
  const path = new URL(url).pathname.replace(/^\/[a-z]{2}\//, '/');
  return !path.startsWith('/embed/') && !/^\/404(\.html|\/)?$/.test(path);
}

export const sitemapOptions = {
  filter: indexable,
  i18n: {
    defaultLocale: 'en',
    locales: Object.fromEntries(LOCALES.map((l) => [l, LOCALE_INFO[l].intl])),
  },
};

export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
}
