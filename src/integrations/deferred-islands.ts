// Astro integration: after the build, takes the islands' module scripts out of every page's
// loading path (lib/site/defer-scripts.ts), so that the first paint waits for the HTML alone;
// the boot script loads them once the page has painted.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from '../lib/site/built-pages';
import { deferModuleScripts } from '../lib/site/defer-scripts';

export default function deferredIslands(): AstroIntegration {
  return {
    name: 'iron-river:deferred-islands',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let changed = 0;
        for (const { file } of builtPages(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const deferred = deferModuleScripts(html);
          if (deferred !== html) {
            writeFileSync(file, deferred);
            changed += 1;
          }
        }
        logger.info(`islands load after the first paint on ${changed} pages`);
      },
    },
  };
}
