// The first paint waits for the HTML alone (issue 13), checked on the built site:
// - no script, font or other file is requested before the page's first paint (the islands'
//   modules are listed by lib/site/defer-scripts.ts and loaded by the boot script after it; the
//   icon is left out, as the browser fetches it on its own schedule), and every listed module is
//   then loaded and run;
// - a first visit is set in the metric-matched local faces, fetches the web fonts after its first
//   paint and remembers it; the next page uses the web fonts from its first paint; neither moves
//   anything (no layout shift at all);
// - a header row parsed only in part (the parser may pause inside it and a frame be painted)
//   shows none of its right-hand tools, whose places depend on the tools parsed after them;
// - the islands take only the room the page kept for them: headings, steps, figures, boxes and
//   the blocks at a chapter's end are where they were before the islands arrived (every English
//   chapter at the phone width, three Spanish ones at the desktop width);
// - a returning reader's "resume" notice (a chapter in English, the home page in Spanish) has its room from
//   the first paint, so nothing below it moves when its island fills it in;
// - embeds store nothing in the reader's browser; without JavaScript the web fonts are used.
import type { Page } from '@playwright/test';
import { builtChapters, builtPages, expect, islandsLoaded, test } from './fixtures';

const pages = ['/', ...builtChapters()];
const FONTS_KEY = 'iron-river:fonts';

/** Layout shifts from the start of the page, summed (layout-shift entries are buffered). */
function shiftsSoFar(page: Page) {
  return page.evaluate(() => new Promise<number>((resolve) => {
    let sum = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(sum), 100);
  }));
}

/** The first font family the story's first paragraph asks for. */
const firstFamily = (page: Page) => page.locator('main p').first().evaluate((p) => getComputedStyle(p).fontFamily.split(',')[0]!.trim().replace(/"/g, ''));

for (const url of pages) {
  test(`@mobile-only ${url}: nothing is requested before the first paint, and every island loads after it`, async ({ page }) => {
    await page.goto(url, { waitUntil: 'load' });
    // Every listed module is requested and run (the boot script adds it to <head>).
    expect(await islandsLoaded(page), 'modules listed for after the first paint').toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const { paint, early } = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
      const early = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.startTime < paint && !r.name.endsWith('/favicon.svg')).map((r) => `${r.name} at ${Math.round(r.startTime)} ms`);
      return { paint, early };
    });
    expect(paint, 'first contentful paint').toBeGreaterThan(0);
    expect(early, `requested before the first paint (${Math.round(paint)} ms)`).toEqual([]);
  });
}

test('@mobile-only a first visit paints in the local faces and fetches the web fonts for the next page, which paints in them; nothing shifts', async ({ page }) => {
  const [first, second] = builtChapters();
  await page.goto(first!, { waitUntil: 'load' });
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-fonts'))).toBe(false);
  expect(await firstFamily(page)).toBe('Source Serif 4 Georgia');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), FONTS_KEY), { timeout: 15_000 }).toBe('1');
  const fonts = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('.woff2')).length);
  expect(fonts, 'web font files fetched').toBe(3);
  expect(await firstFamily(page), 'the painted page keeps its faces').toBe('Source Serif 4 Georgia');
  expect(await shiftsSoFar(page)).toBe(0);

  await page.goto(second!, { waitUntil: 'load' });
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-fonts'))).toBe(true);
  expect(await firstFamily(page)).toBe('Source Serif 4');
  expect(await page.evaluate(async () => (await document.fonts.load('1em "Source Serif 4"')).length)).toBeGreaterThan(0);
  expect(await shiftsSoFar(page)).toBe(0);
});

test('@mobile-only a header row parsed in part shows none of its tools, so no tool is painted where it will not stay', async ({ page }) => {
  const url = builtChapters()[0]!;
  const html = await (await page.request.get(url)).text();
  const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
  const at = (marker: string, after = '') => {
    const i = html.indexOf(marker, html.indexOf('<header'));
    expect(i, marker).toBeGreaterThan(0);
    return after ? html.indexOf(after, i) + after.length : i + marker.length;
  };
  const cuts = { 'after the menu': at('</details>'), 'after the edition link': at('data-language-switch', '</a>'), 'inside the theme toggle': at('<theme-toggle', '>') };
  const tools = () => page.locator('.site-header > :not(.site-header__name)').evaluateAll((els) => els.map((e) => `${e.className || e.tagName}: ${getComputedStyle(e).visibility}`));
  for (const [where, cut] of Object.entries(cuts)) {
    await page.route(`**${url}`, (route) => route.fulfill({ contentType: 'text/html', body: html.slice(0, cut) }));
    await page.goto(url);
    const shown = (await tools()).filter((t) => !t.endsWith('hidden'));
    expect(shown, `header cut ${where}`).toEqual([]);
    await page.unroute(`**${url}`);
  }
  // The whole row: every tool shown, and the end marker is the row's last element (a tool added
  // after it would be shown before the row is complete).
  await page.goto(url);
  expect(header.trimEnd().endsWith('</span>') && /<span class="site-header__end"[^>]*><\/span>\s*$/.test(header), 'the end marker closes the header').toBe(true);
  expect((await tools()).filter((t) => t.endsWith('hidden') && !t.startsWith('site-header__end')), 'tools hidden in the whole row').toEqual([]);
  await expect(page.locator('.site-nav__toggle')).toBeVisible();
});

/** Where every heading, step, figure, box and end block of the chapter sits (page coordinates). */
const landmarks = (page: Page) => page.evaluate(() => [...document.querySelectorAll('main :is(h2, [data-step], figure, aside, .figure-share, .cite__item), .chapter__end > *')]
  .map((e) => { const r = e.getBoundingClientRect(); return `${e.id || e.className || e.tagName}: top ${Math.round(r.top + scrollY)}, height ${Math.round(r.height)}`; }));
// Every English chapter on a phone; on a desktop, the Spanish chapters with the most kinds of
// blocks (maps and charts in scroll stories, figures, boxes), as the rest share their markup.
const islandChapters = [...builtChapters().map((url) => ({ url, tag: '@mobile-only' })), ...builtChapters('es').filter((url) => /the-(flow|pipeline|toll)\//.test(url)).map((url) => ({ url, tag: '' }))];
for (const { url, tag } of islandChapters) {
  test(`${tag} ${url}: when the islands arrive, nothing on the page moves`.trim(), async ({ page }) => {
    // "#main" lays every block out at once (no offscreen skipping), so both loads measure real sizes.
    await page.route('**/_astro/**/*.js', (route) => route.abort());
    await page.goto(`${url}#main`, { waitUntil: 'load' });
    const before = await landmarks(page);
    expect(before.length, 'landmarks found').toBeGreaterThan(10);
    await page.unroute('**/_astro/**/*.js');
    await page.goto('about:blank'); // (the same URL again would only jump to its fragment)
    await page.goto(`${url}#main`, { waitUntil: 'load' });
    await islandsLoaded(page);
    // The islands have done their work: every section heading and step has its copy-link button.
    await expect.poll(() => page.evaluate(() => {
      const links = [...document.querySelectorAll('copy-link')];
      return links.length > 0 && links.every((l) => l.querySelector('button')) && [...document.querySelectorAll('[data-step]')].every((s) => s.querySelector('copy-link'));
    })).toBe(true);
    expect(await landmarks(page)).toEqual(before);
  });
}

// The element just below each resume notice, and the notice itself.
// (One page of each kind, one in each edition: the notices' markup is the same in both.)
const resumePages = [
  { url: builtChapters()[0]!, notice: '.resume', below: '.chapter__brief' },
  { url: '/es/', notice: '.resume-home', below: '.chapters' },
];
for (const { url, notice, below } of resumePages) {
  test(`@mobile-only ${url}: a saved place's notice keeps its room from the first paint; nothing below it moves when it is filled in`, async ({ page }) => {
    const slug = (builtChapters().find((c) => url.includes(c.split('/')[2]!)) ?? builtChapters()[0]!).split('/')[2]!;
    await page.goto('/404.html');
    // (A chapter offers only places it has; the home page names the place whatever it is.)
    const anchor = notice === '.resume' ? 'main' : 'a-section';
    await page.evaluate(([key, place]) => localStorage.setItem(key!, place!), [`iron-river:place:${slug}`, JSON.stringify({ anchor, label: 'A section whose name is long enough to need more than one line on a phone', fraction: 0.07, at: Date.now() })]);
    const top = () => page.locator(below).first().evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY));
    // Before any island: the islands' modules never arrive.
    await page.route('**/_astro/**/*.js', (route) => route.abort());
    await page.goto(url, { waitUntil: 'load' });
    expect(await page.locator(notice).evaluate((el) => `${el.getBoundingClientRect().height > 0 ? 'has room' : 'no room'}, ${getComputedStyle(el).visibility}`), 'unfilled notice').toBe('has room, hidden');
    const before = await top();
    await page.unroute('**/_astro/**/*.js');
    // With the islands: the notice is filled in and shown, in the same room.
    await page.goto(url, { waitUntil: 'load' });
    await islandsLoaded(page);
    await expect(page.locator(notice)).toBeVisible();
    await expect(page.locator(notice)).toContainText('A section whose name');
    expect(await top(), `top of ${below} once the notice is filled in`).toBe(before);
    expect(await shiftsSoFar(page)).toBe(0);
  });
}

test('@mobile-only an embed stores nothing in the reader\'s browser', async ({ page }) => {
  const embed = builtPages().find((path) => path.startsWith('/embed/'));
  expect(embed, 'an embed page').toBeTruthy();
  await page.goto(embed!, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-embed'))).toBe(true);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('@no-js without JavaScript the web fonts are used from the first paint', async ({ page }) => {
  await page.goto(builtChapters()[0]!);
  expect(await firstFamily(page)).toBe('Source Serif 4');
});
