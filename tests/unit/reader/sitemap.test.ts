// sitemap.xml and robots.txt.
import { describe, expect, it } from 'vitest';
import { indexable, lastModified, robotsTxt, sitemapXml } from '../../../src/lib/reader/sitemap';

const chapter = { path: '/chapters/the-flow/', html: '<meta property="article:modified_time" content="2026-11-24">' };
const embed = { path: '/embed/flow-map/', html: '<meta name="robots" content="noindex">' };

describe('sitemap', () => {
  it('lists pages with absolute URLs, sorted, with chapter dates, and leaves out embeds and 404', () => {
    const xml = sitemapXml('https://iron-river.org', [chapter, embed, { path: '/404.html', html: '' }, { path: '/', html: '' }]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://iron-river.org/', 'https://iron-river.org/chapters/the-flow/']);
    expect(xml).toContain('<loc>https://iron-river.org/chapters/the-flow/</loc><lastmod>2026-11-24</lastmod>');
  });
  it('escapes XML in URLs', () => {
    expect(sitemapXml('https://x.org', [{ path: '/a&b/', html: '' }])).toContain('<loc>https://x.org/a&amp;b/</loc>');
  });
  it('reads noindex and modified dates', () => {
    expect(indexable(embed)).toBe(false);
    expect(indexable(chapter)).toBe(true);
    expect(lastModified(chapter.html)).toBe('2026-11-24');
    expect(lastModified('<p>')).toBeNull();
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap on the configured site', () => {
    expect(robotsTxt('https://example.org/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
  });
});
