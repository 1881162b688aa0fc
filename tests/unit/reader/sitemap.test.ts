import { describe, expect, it } from 'vitest';
import { indexable, robotsTxt, sitemapOptions } from '../../../src/lib/reader/sitemap';

describe('sitemap options', () => {
  it('leaves out embeds and 404 pages in every edition, and keeps the rest', () => {
    expect(indexable('https://x.org/embed/flow/')).toBe(false);
    expect(indexable('https://x.org/es/embed/flow/step/')).toBe(false);
    expect(indexable('https://x.org/404.html')).toBe(false);
    expect(indexable('https://x.org/es/404/')).toBe(false);
    expect(indexable('https://x.org/chapters/the-flow/')).toBe(true);
    expect(indexable('https://x.org/es/chapters/the-flow/')).toBe(true);
  });
  it('names both editions with their regional tags for hreflang', () => {
    expect(sitemapOptions.i18n).toEqual({ defaultLocale: 'en', locales: { en: 'en-US', es: 'es-MX' } });
  });
  it('robots.txt points at the sitemap index', () => {
    expect(robotsTxt('https://example.org/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n');
  });
});
