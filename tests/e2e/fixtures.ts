// Shared Playwright fixture: every test fails if the page asks for anything outside
// localhost (the site must make no third-party request), and exposes site-wide helpers.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ offsite: string[] }>({
  offsite: [
    async ({ page }, use) => {
      const offsite: string[] = [];
      await page.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/)(https?|wss?):\/\//, (route) => {
        offsite.push(route.request().url());
        return route.abort();
      });
      await use(offsite);
      expect(offsite, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Every page of the built site, from the sitemap of links on the home page plus fixed pages. */
export const FIXED_PAGES = ['/', '/sources/', '/glossary/', '/404.html'];

/** Chapter URLs, in order, read from the home page. */
export async function chapterUrls(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto('/');
  return page.locator('.chapters__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

import { existsSync as exists, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = join(process.cwd(), process.cwd().endsWith(`${sep}tests`) ? '../dist' : 'dist');

/** Every HTML page in dist/, as URL paths ("/", "/chapters/the-flow/", "/404.html"). */
export function builtPages(): string[] {
  if (!exists(DIST)) return [];
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(DIST, path).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** Chapter pages only. */
export function builtChapters(): string[] {
  return builtPages().filter((p) => /^\/chapters\/[^/]+\/$/.test(p));
}
