// No internal name reaches a reader: no dataset id, source id or camelCase field key in the
// visible text of any built page (notes, captions, tables, alternatives included).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findInternalNames, internalNamesOf, readerTextOfHtml } from '../support/internal-names';
import { builtPages, expect, test } from './fixtures';

test('no dataset id, source id or field key in the text of any page', () => {
  const names = internalNamesOf('content');
  const pages = builtPages();
  expect(pages.length, 'HTML pages in dist/').toBeGreaterThan(20);
  const leaks: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join('dist', page.endsWith('/') ? `${page}index.html` : page), 'utf8');
    for (const hit of findInternalNames(readerTextOfHtml(html), names)) leaks.push(`${page}: ${hit}`);
  }
  expect([...new Set(leaks)]).toEqual([]);
});
