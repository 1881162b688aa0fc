// sitemap.xml and robots.txt for search engines, from the built pages. Pure: the integration
// reads dist/, this decides what is listed and writes the XML.
import { escapeXml } from '../format/escape';

export interface SitemapPage {
  /** URL path as served, e.g. "/chapters/the-flow/". */
  path: string;
  /** The page's HTML, read for noindex and its modified date. */
  html: string;
}


/** Pages a search engine should list: not the 404 page, not pages marked noindex (embeds). */
export function indexable(page: SitemapPage): boolean {
  if (/^\/404(\.html|\/)$/.test(page.path)) return false;
  return !/<meta name="robots" content="[^"]*noindex/i.test(page.html);
}

/** The page's last substantive update, from its article:modified_time meta tag. */
export function lastModified(html: string): string | null {
  return /<meta property="article:modified_time" content="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1] ?? null;
}

export function sitemapXml(site: string, pages: readonly SitemapPage[]): string {
  const urls = pages
    .filter(indexable)
    .map((p) => ({ loc: new URL(p.path, site).href, lastmod: lastModified(p.html) }))
    .sort((a, b) => a.loc.localeCompare(b.loc))
    .map(({ loc, lastmod }) => `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}
