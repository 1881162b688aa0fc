// Site search (/search/ and /es/search/), against the built index in dist/pagefind/: known
// queries find their home in each edition, results deep-link to the right section, step or
// figure (a step in its state), filters narrow by kind and chapter, the keyboard flow works,
// axe passes, no page but the search page loads search code, and without JavaScript the page
// says what it needs. The fixture fails any request that leaves localhost.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtChapters, expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const hits = '.search__results a.search__hit';

/** Runs a search from the page's own URL parameters and returns the result paths, best first. */
async function search(page: Page, edition: '' | '/es', query: string, params: Record<string, string> = {}): Promise<string[]> {
  const qs = new URLSearchParams({ q: query, ...params });
  await page.goto(`${edition}/search/?${qs}`);
  await expect(page.locator('.search__status')).not.toBeEmpty();
  return page.locator(hits).evaluateAll((as) => as.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname + u.hash; }));
}

// Each query, its edition, and the places it must find among the first results.
const KNOWN: { edition: '' | '/es'; query: string; finds: RegExp[] }[] = [
  { edition: '', query: 'straw purchase', finds: [/^\/glossary\/#straw-purchase$/, /^\/chapters\/the-pipeline\/#buying-for-someone-else$/] },
  { edition: '', query: 'Villa Unión', finds: [/^\/chapters\/the-toll\/#/] },
  { edition: '', query: 'Barrett', finds: [/^\/chapters\/the-toll\/#fig-fifty-calibre-seizures$/] },
  { edition: '', query: 'Kagan', finds: [/^\/chapters\/courts-and-congress\/#nine-to-nothing$/] },
  { edition: '/es', query: 'compra por encargo', finds: [/^\/es\/glossary\/#straw-purchase$/, /^\/es\/chapters\/the-pipeline\/#buying-for-someone-else$/] },
  { edition: '/es', query: 'Villa Unión', finds: [/^\/es\/chapters\/the-toll\/#/] },
  { edition: '/es', query: 'Barrett', finds: [/^\/es\/chapters\/the-toll\/#fig-fifty-calibre-seizures$/] },
  { edition: '/es', query: 'Kagan', finds: [/^\/es\/chapters\/courts-and-congress\/#nine-to-nothing$/] },
];

for (const { edition, query, finds } of KNOWN) {
  test(`"${query}" on ${edition}/search/ finds its home`, async ({ page }) => {
    const found = await search(page, edition, query);
    console.log(`${edition}/search/ "${query}": ${found.slice(0, 10).join(' ')}`);
    // Only this edition's pages: Spanish searches Spanish pages, English English ones.
    expect(found.every((p) => (edition ? p.startsWith('/es/') : !p.startsWith('/es/'))), found.join(' ')).toBe(true);
    for (const home of finds) expect(found.slice(0, 10).some((p) => home.test(p)), `${home} in ${found.slice(0, 10).join(' ')}`).toBe(true);
  });
}

test('a step result lands on its step, with the figure in that step’s state', async ({ page }) => {
  await search(page, '', 'Villa Unión');
  const step = page.locator(`${hits}[href="/chapters/the-toll/#villa-union-map-town"]`);
  await expect(step).toBeVisible();
  await step.click();
  await expect(page).toHaveURL(/\/chapters\/the-toll\/#villa-union-map-town$/);
  await expect(page.locator('story-scrolly#villa-union-map')).toHaveAttribute('data-state', 'villa-union');
  await expect(page.locator('#villa-union-map-town')).toBeInViewport();
});

test('a figure result lands on its figure', async ({ page }) => {
  await search(page, '', 'Barrett');
  await page.locator(`${hits}[href="/chapters/the-toll/#fig-fifty-calibre-seizures"]`).click();
  await expect(page).toHaveURL(/#fig-fifty-calibre-seizures$/);
  await expect(page.locator('#fig-fifty-calibre-seizures')).toBeInViewport();
});

test('a section result lands on its section, in its edition', async ({ page }) => {
  await search(page, '/es', 'Kagan');
  await page.locator(`${hits}[href="/es/chapters/courts-and-congress/#nine-to-nothing"]`).click();
  await expect(page).toHaveURL(/\/es\/chapters\/courts-and-congress\/#nine-to-nothing$/);
  await expect(page.locator('#nine-to-nothing')).toBeInViewport();
});

test('a result shows its page, kind, section and an excerpt with the match marked', async ({ page }) => {
  await search(page, '', 'Barrett');
  const item = page.locator('.search__results li').filter({ has: page.locator('a[href$="#fig-fifty-calibre-seizures"]') });
  await expect(item.locator('.search__where')).toHaveText(/^The toll: .+ · Figure · in “The heaviest rifles”$/);
  await expect(item.locator('.search__excerpt mark').first()).toHaveText(/barrett/i);
  await expect(page.locator('.search__status')).toHaveText(/\d+ results for “Barrett”/);
});

test('filters narrow by kind and by chapter', async ({ page }) => {
  const figures = await search(page, '', 'Barrett', { kind: 'figure' });
  expect(figures.length).toBeGreaterThan(0);
  expect(figures.every((p) => p.includes('#fig-')), figures.join(' ')).toBe(true);
  await expect(page.locator('#search-kind')).toHaveValue('figure');
  const glossary = await search(page, '/es', 'compra por encargo', { kind: 'glossary' });
  expect(glossary[0]).toBe('/es/glossary/#straw-purchase');
  expect(glossary.every((p) => p.startsWith('/es/glossary/#'))).toBe(true);
  // The chapter filter, chosen in the page: only that chapter's records (its sections, figures,
  // and the terms, sources, datasets and guide that belong to it).
  await search(page, '', 'straw purchase');
  await page.locator('#search-chapter').selectOption('the-crackdown');
  // The island writes the URL and marks itself busy in one step, then replaces the results.
  await expect(page).toHaveURL(/chapter=the-crackdown/);
  await expect(page.locator('site-search')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator(hits).first()).toBeVisible();
  const inChapter = await page.locator(hits).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(inChapter.filter((p) => p.startsWith('/chapters/')).every((p) => p === '/chapters/the-crackdown/'), inChapter.join(' ')).toBe(true);
  expect(inChapter).toContain('/glossary/');
});

test('teacher materials rank below the story', async ({ page }) => {
  const found = await search(page, '', 'straw purchase');
  const firstTeaching = found.findIndex((p) => p.startsWith('/teachers/'));
  const lastStory = found.findIndex((p) => p === '/chapters/the-pipeline/#buying-for-someone-else');
  expect(lastStory).toBeGreaterThanOrEqual(0);
  if (firstTeaching >= 0) expect(firstTeaching).toBeGreaterThan(lastStory);
});

test('a query in the other language links to the other edition’s search', async ({ page }) => {
  await search(page, '', 'compra por encargo');
  const other = page.locator('.search__other a');
  await expect(other).toHaveAttribute('lang', 'es');
  await expect(other).toHaveText('Busca “compra por encargo” en la edición en español');
  await other.click();
  await expect(page).toHaveURL(/\/es\/search\/\?q=compra(\+|%20)por(\+|%20)encargo$/);
  await expect(page.locator(hits).first()).toHaveAttribute('href', '/es/glossary/#straw-purchase');
  await expect(page.locator('.search__other a')).toHaveAttribute('href', '/search/?q=compra%20por%20encargo');
});

test('keyboard: open from the header, type, arrow through the results, Escape, Enter', async ({ page }) => {
  await page.goto('/chapters/the-flow/');
  await page.locator('.site-header__search').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/$/);
  const field = page.getByLabel('Search the English edition');
  await expect(field).toBeFocused();
  await page.keyboard.type('Barrett');
  await expect(page.locator('.search__status')).toHaveText(/results for “Barrett”/);
  await expect(page.locator('.search__status')).toHaveAttribute('aria-live', 'polite');
  const links = page.locator(hits);
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Barrett');
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');
  await expect(links).toHaveCount(0);
  await expect(page.locator('.search__status')).toBeEmpty();
  await page.keyboard.type('Kagan');
  await expect(links.first()).toHaveAttribute('href', '/chapters/courts-and-congress/#nine-to-nothing');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chapters\/courts-and-congress\/#nine-to-nothing$/);
  // Back returns to the same search.
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=Kagan$/);
  await expect(links.first()).toHaveAttribute('href', '/chapters/courts-and-congress/#nine-to-nothing');
});

// One test per edition, theme and width (as in a11y.spec.ts), so none nears its timeout.
const AXE_RUNS = [['light', 320], ['light', 1280], ['dark', 768]] as const;
for (const edition of ['', '/es'] as const) {
  for (const [scheme, width] of AXE_RUNS) {
    test(`${edition}/search/ with results passes axe and breaks no CSP rule, ${scheme} at ${width} px`, async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (m) => { if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await search(page, edition, 'Barrett');
      await expect(page.locator(hits).first()).toBeVisible();
      const { violations: axe } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(axe.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1), 'scrolls sideways').toBe(true);
      expect(violations).toEqual([]);
    });
  }
}

test('search code and index load on the search page only', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (r) => { if (/\/pagefind\/|search\.astro/.test(r.url())) searchRequests.push(r.url()); });
  for (const url of [...builtChapters().slice(0, 2), '/es/', '/glossary/']) {
    await page.goto(url, { waitUntil: 'load' });
    await expect(page.locator('.site-header__search')).toHaveAttribute('href', url.startsWith('/es/') ? '/es/search/' : '/search/');
  }
  expect(searchRequests).toEqual([]);
  expect(await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')?.includes('wasm-unsafe-eval'))).toBe(false);
});

test('without JavaScript the search page says what it needs and links to what search covers @no-js', async ({ page }) => {
  for (const [edition, links] of [['', ['/glossary/', '/sources/', '/data/']], ['/es', ['/es/glossary/', '/es/sources/', '/es/data/']]] as const) {
    await page.goto(`${edition}/search/`);
    await expect(page.locator('.search__nojs')).toBeVisible();
    await expect(page.locator('.search__nojs p').first()).toContainText('JavaScript');
    for (const href of links) await expect(page.locator(`.search__nojs a[href="${href}"]`)).toBeVisible();
    await expect(page.locator('.search__ui')).toBeHidden();
  }
});

test('more results load on request, and focus moves to the first new one', async ({ page }) => {
  await search(page, '', 'Mexico');
  const more = page.locator('.search__more');
  await expect(page.locator(hits)).toHaveCount(10);
  await expect(more).toBeVisible();
  await more.click();
  await expect(page.locator(hits)).toHaveCount(20);
  await expect(page.locator(hits).nth(10)).toBeFocused();
});
