// Astro integration: after the build, writes dist/_headers from the built pages, so each
// page is served with its own strict CSP and every path with the security headers.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, metaCsp, type PagePolicy } from '../lib/security/headers';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

export default function staticHeaders(): AstroIntegration {
  return {
    name: 'iron-river:static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        for (const file of htmlFiles(out)) {
          const csp = metaCsp(readFileSync(file, 'utf8'));
          if (!csp) throw new Error(`${relative(out, file)} has no Content-Security-Policy meta tag`);
          const rel = relative(out, file).split(sep).join('/');
          pages.push({ path: rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`, csp });
        }
        writeFileSync(join(out, '_headers'), headersFile(pages));
        logger.info(`wrote _headers for ${pages.length} pages`);
      },
    },
  };
}
