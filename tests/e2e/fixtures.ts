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

/** Resolves once every island module the page lists (lib/site/defer-scripts.ts) has been added by the boot script and loaded; returns how many there are. */
export async function islandsLoaded(page: import('@playwright/test').Page): Promise<number> {
  const listed = await page.evaluate(() => JSON.parse(document.getElementById('ir-islands')?.textContent ?? '[]') as string[]);
  await expect.poll(() => page.evaluate((srcs) => srcs.filter((src) => {
    const entry = performance.getEntriesByName(new URL(src, location.href).href)[0] as PerformanceResourceTiming | undefined;
    return entry && entry.responseEnd > 0 && document.head.querySelector(`script[src="${src}"]`);
  }).length, listed), { timeout: 15_000 }).toBe(listed.length);
  return listed.length;
}

/** Resolves once the page has drawn every block it skipped on load (styles/offscreen.css): none is left with content-visibility: auto. */
export async function allDrawn(page: import('@playwright/test').Page) {
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => getComputedStyle(e).contentVisibility === 'auto').length), { timeout: 15_000 }).toBe(0);
}

/** Every page of the built site, from the sitemap of links on the home page plus fixed pages. */
export const FIXED_PAGES = ['/', '/sources/', '/glossary/', '/404.html'];

/** Chapter URLs, in order, read from the home page. */
export async function chapterUrls(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto('/');
  return page.locator('.chapters__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

import { join, sep } from 'node:path';
import { builtPages as listPages } from '../../src/lib/site/built-pages';

const DIST = join(process.cwd(), process.cwd().endsWith(`${sep}tests`) ? '../dist' : 'dist');

/** Every HTML page in dist/, as URL paths ("/", "/chapters/the-flow/", "/404.html"). */
export function builtPages(): string[] {
  return listPages(DIST).map((p) => p.path);
}

/** Chapter pages of one edition: "/chapters/x/" in English, "/es/chapters/x/" in Spanish. */
export function builtChapters(edition: 'en' | 'es' = 'en'): string[] {
  const prefix = edition === 'en' ? '' : `/${edition}`;
  return builtPages().filter((p) => new RegExp(`^${prefix}/chapters/[^/]+/$`).test(p));
}

/**
 * The template a page is built from: its path with chapter slugs and figure and step ids replaced
 * by a star ("/es/chapters/STAR/short/"). Pages of one template share markup and styles.
 */
export function templateOf(path: string): string {
  const slugs = new Set(builtChapters().map((p) => p.split('/')[2]!));
  return path
    .replace(/\/embed\/[^/]+\/(?:[^/]+\/)?/, (m) => m.split('/').map((seg, i) => (i > 1 && seg ? '*' : seg)).join('/'))
    .split('/')
    .map((seg) => (slugs.has(seg) ? '*' : seg))
    .join('/');
}

/** One page per template (the first built), for browser checks of what a template does at run time. */
export function templatePages(): string[] {
  const seen = new Set<string>();
  return builtPages().filter((p) => {
    const t = templateOf(p);
    if (seen.has(t)) return false;
    seen.add(t);
    return true;
  });
}
