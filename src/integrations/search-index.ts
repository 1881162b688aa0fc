// Astro integration: after the build, writes the site-search index to dist/pagefind/ with the
// Pagefind Node API (the `pagefind` npm package, whose binary comes from the npm registry; nothing
// is downloaded at build time). Every built page is cut into records (src/lib/search/records.ts),
// and each record is indexed as a small HTML document with its deep link as URL. Pagefind keeps
// one index per language (from each record's lang), so each edition searches only its own pages,
// with its own stemmer. Runs on every `astro build`, so the index always matches the content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pageRecords, recordHtml, type SearchRecord } from '../lib/search/records';
import { builtPages } from '../lib/site/built-pages';

export const SEARCH_DIR = 'pagefind';

const fail = (what: string, errors: string[]) => {
  if (errors.length) throw new Error(`Search index: ${what} failed:\n${errors.join('\n')}`);
};

export async function writeSearchIndex(dist: string): Promise<{ records: SearchRecord[]; files: number }> {
  const records = builtPages(dist).flatMap(({ file, path }) => pageRecords(path, readFileSync(file, 'utf8')));
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
  fail('creating the index', errors);
  if (!index) throw new Error('Search index: Pagefind returned no index');
  try {
    for (const r of records) {
      const added = await index.addHTMLFile({ url: r.url, content: recordHtml(r) });
      fail(`indexing ${r.url}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: join(dist, SEARCH_DIR) });
    fail('writing the index', written.errors);
    return { records, files: records.length };
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'iron-river:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { records } = await writeSearchIndex(fileURLToPath(dir));
        const langs = [...new Set(records.map((r) => r.lang))].map((l) => `${records.filter((r) => r.lang === l).length} ${l}`).join(', ');
        logger.info(`search index: ${records.length} records (${langs}) in ${SEARCH_DIR}/`);
      },
    },
  };
}
