// Astro integration: after the build, writes dist/sitemap.xml listing every indexable page
// (embeds and the 404 page left out), with each chapter's last-updated date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapXml } from '../lib/reader/sitemap';
import { builtPages } from '../lib/site/built-pages';

export default function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'iron-river:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('sitemap: set `site` in astro.config.mjs');
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = builtPages(out).map(({ file, path }) => ({ path, html: readFileSync(file, 'utf8') }));
        const xml = sitemapXml(site, pages);
        writeFileSync(join(out, 'sitemap.xml'), xml);
        logger.info(`wrote sitemap.xml with ${(xml.match(/<url>/g) ?? []).length} pages`);
      },
    },
  };
}
