// Site configuration. Logic lives in src/; this file only wires integrations and the
// markdown pipeline (the unified processor is used because the chapter checks are remark plugins).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import contentIntegrity from './src/integrations/content-integrity.ts';
import staticHeaders from './src/integrations/static-headers.ts';
import deferredIslands from './src/integrations/deferred-islands.ts';
import searchIndex from './src/integrations/search-index.ts';
import sitemap from '@astrojs/sitemap';
import { sitemapOptions } from './src/lib/reader/sitemap.ts';
import remarkChapter from './src/lib/notes/remark-chapter.ts';
import { bootScriptHash } from './src/lib/security/boot-script.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://iron-river.org',
  trailingSlash: 'always',
  // The content cache sits in the project, not in node_modules: test copies of the project
  // (tests/support/fixture-site.ts) and worktrees share node_modules by symlink, and must not
  // read each other's content.
  cacheDir: './.astro/cache',
  // Inline the (small) CSS: no render-blocking stylesheet requests before the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    processor: unified({ remarkPlugins: [[remarkChapter, { root }]] }),
  },
  // English keeps today's URLs; Spanish lives under /es/ (src/lib/i18n/locales.ts).
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  integrations: [contentIntegrity(), mdx(), deferredIslands(), staticHeaders(), searchIndex(), sitemap(sitemapOptions)],
  devToolbar: { enabled: false },
  security: {
    // Strict CSP: scripts and styles only from this site or by hash (Astro hashes what it
    // renders); everything else from this site only. frame-ancestors and the other
    // header-only directives are in the generated _headers file.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The inline boot script (theme and reading mode before first paint), by its hash.
      scriptDirective: { hashes: [bootScriptHash()] },
    },
  },
});
