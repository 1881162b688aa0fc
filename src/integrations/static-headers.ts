// Astro integration: after the build, writes dist/_headers from the built pages, so each
// page is served with its own strict CSP and every path with the security headers, and places
// writes dist/_redirects, which serves each edition's own not-found page (lib/site/not-found.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, metaCsp, type PagePolicy } from '../lib/security/headers';
import { builtPages } from '../lib/site/built-pages';
import { notFoundRedirects } from '../lib/site/not-found';

export default function staticHeaders(): AstroIntegration {
  return {
    name: 'iron-river:static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        for (const { file, path } of builtPages(out)) {
          const csp = metaCsp(readFileSync(file, 'utf8'));
          if (!csp) throw new Error(`${relative(out, file)} has no Content-Security-Policy meta tag`);
          pages.push({ path, csp });
        }
        writeFileSync(join(out, '_headers'), headersFile(pages));
        logger.info(`wrote _headers for ${pages.length} pages`);
        writeFileSync(join(out, '_redirects'), notFoundRedirects());
      },
    },
  };
}
