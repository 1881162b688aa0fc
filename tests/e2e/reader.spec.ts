// Reader tools on chapter pages: progress, resume, contents, theme, linear mode, copy links.
// Each works by keyboard and names itself to assistive technology; nothing leaves the browser.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { builtChapters, chapterUrls, expect, test } from './fixtures';

const chapters = builtChapters();
const dist = (url: string) => join(process.cwd(), process.cwd().endsWith('tests') ? '..' : '.', 'dist', url, 'index.html');
/** The longest chapter: the one with most to scroll through. */
const longest = [...chapters].sort((a, b) => statSync(dist(b)).size - statSync(dist(a)).size)[0]!;
/** Ids of the `##` sections of a chapter's text, read from the built HTML. Throws if the markers that bound the text are gone. */
const sections = (url: string) => {
  const html = readFileSync(dist(url), 'utf8');
  const start = html.indexOf('class="prose chapter__body"');
  const end = html.indexOf('class="classroom"');
  if (start === -1 || end === -1 || end < start) throw new Error(`${url}: cannot find the chapter text between class="prose chapter__body" and class="classroom" (start ${start}, end ${end})`);
  return [...html.slice(start, end).matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!);
};

async function scrollToEnd(page: Page, selector: string) {
  await page.locator(selector).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().bottom + window.scrollY));
}

test.describe('reading progress', () => {
  test('the bar goes from 0 to 100 as the chapter text is read', async ({ page }) => {
    await page.goto(longest);
    const bar = page.getByRole('progressbar', { name: 'Reading progress' });
    await expect(bar).toHaveAttribute('aria-valuenow', '0');
    await page.locator('.chapter__body').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + el.scrollHeight / 2 - innerHeight / 2));
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(10);
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(90);
    await scrollToEnd(page, '.chapter__body');
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
    await expect(bar).toHaveAttribute('aria-valuetext', '100% of the chapter read');
  });
});

test.describe('resume where you left off', () => {
  test('returning to a chapter offers a link to the section where the reader stopped', async ({ page }) => {
    const ids = sections(longest);
    expect(ids.length, 'sections in the longest chapter').toBeGreaterThanOrEqual(2);
    const nonGet: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') nonGet.push(`${r.method()} ${r.url()}`);
    });
    const key = `iron-river:place:${longest.split('/')[2]}`;
    await page.goto(longest);
    await expect(page.locator('.resume')).toBeHidden();
    const target = ids[1]!;
    await page.locator(`#${target}`).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 40));
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toContain(`"anchor":"${target}"`);

    await page.goto(longest);
    const notice = page.locator('.resume');
    await expect(notice).toBeVisible();
    await expect(page.locator('#reader-status')).toContainText('Welcome back');
    const link = notice.getByRole('link', { name: /^Continue at/ });
    await expect(link).toHaveAttribute('href', `#${target}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${target}$`));
    await expect(page.locator(`#${target}`)).toBeInViewport();

    // "Forget my place" deletes the record.
    // (Set from the home page, so the chapter's own save on leaving cannot overwrite it.)
    const saved = JSON.stringify({ anchor: target, label: 'x', fraction: 0.5, at: Date.now() });
    await page.goto('/');
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, saved]);
    await page.goto(longest);
    await notice.getByRole('button', { name: 'Forget my place' }).click();
    await expect(notice).toBeHidden();
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();

    // A deep link wins over a saved place: no offer.
    await page.goto('/');
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, saved]);
    await page.goto(`${longest}#${ids[0]}`);
    await expect(page.locator(`#${ids[0]}`)).toBeInViewport();
    await expect(notice).toBeHidden();

    // The home page offers the most recent unfinished chapter, at its section.
    await page.goto('/');
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, saved]);
    await page.reload();
    const home = page.locator('.resume-home');
    await expect(home).toBeVisible();
    await expect(home.getByRole('link')).toHaveAttribute('href', `${longest}#${target}`);
    expect(nonGet, 'the place must never be sent anywhere').toEqual([]);
  });
});

test.describe('contents and chapter navigation', () => {
  test('the contents open by keyboard and lead to each section', async ({ page }) => {
    const ids = sections(longest);
    expect(ids.length, 'sections in the longest chapter').toBeGreaterThan(0);
    await page.goto(longest);
    const summary = page.locator('.contents summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: 'Contents' });
    await expect(nav).toBeVisible();
    await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', longest);
    await expect(nav.locator('a[href^="/chapters/"]')).toHaveCount(chapters.length);
    for (const id of ids) await expect(nav.locator(`a[href="#${id}"]`)).toHaveCount(1);
    await nav.locator(`a[href="#${ids[0]}"]`).click();
    await expect(page.locator(`#${ids[0]}`)).toBeInViewport();
  });

  test('previous and next links chain every chapter in reading order', async ({ page }) => {
    const order = await chapterUrls(page);
    expect([...order].sort()).toEqual([...chapters].sort());
    await page.goto(order[0]!);
    const nav = page.getByRole('navigation', { name: 'Previous and next chapter' });
    await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    for (const [i, url] of order.entries()) {
      await expect(page).toHaveURL(new RegExp(`${url}$`));
      await expect(page.locator('.chapter__head .meta')).toContainText(/\d+ min read/);
      if (i > 0) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', order[i - 1]!);
      if (i === order.length - 1) break;
      await nav.locator('a[rel="next"]').click();
    }
    await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
  });
});

test.describe('theme', () => {
  test('follows the system, toggles by keyboard, is remembered, and returns to the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(chapters[0]!);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const light = await paper();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await paper()).not.toBe(light);
    await expect(page.locator('#reader-status')).toHaveText('Dark theme on');

    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await page.evaluate(() => localStorage.getItem('iron-river:theme'))).toBeNull();
    expect(await paper()).toBe(light);
  });

  test('a dark system starts dark with the toggle pressed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('linear reading mode', () => {
  test('the toggle sets html[data-reading=linear], announces it, tells the scroll island and is remembered', async ({ page }) => {
    await page.goto(longest);
    const story = page.locator('story-scrolly').first();
    await expect(story).toHaveAttribute('data-enhanced', '');
    const toggle = page.getByRole('button', { name: 'Linear reading' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toHaveAccessibleDescription('every step as a still picture');
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-reading', 'linear');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#reader-status')).toContainText('Linear reading on');
    await expect(story).not.toHaveAttribute('data-enhanced', /.*/);

    // Applied before any script of the page runs, so the scroll island never starts.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => ((window as unknown as { early: string | undefined }).early = document.documentElement.dataset.reading)));
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { early: string | undefined }).early)).toBe('linear');
    // The toggle shows the remembered mode once its island has arrived (after the first paint).
    const again = page.getByRole('button', { name: 'Linear reading' });
    await expect(again).toHaveAttribute('aria-pressed', 'true');
    await again.click();
    await expect(page.locator('html')).not.toHaveAttribute('data-reading', /./);
  });

  test('in linear mode every scroll story is stacked: no sticky figure, every step visible', async ({ page }) => {
    test.setTimeout(60_000); // walks every chapter in one test: a third of its timeout stays above its 17 s on a busy machine
    let stories = 0;
    let chartStills = 0;
    for (const url of chapters) {
      await page.goto(url);
      const scrollies = page.locator('story-scrolly');
      if ((await scrollies.count()) === 0) continue;
      stories += await scrollies.count();
      await expect(scrollies.first()).toHaveAttribute('data-enhanced', '');
      await page.getByRole('button', { name: 'Linear reading' }).click();
      for (const s of await scrollies.all()) {
        await expect(s).not.toHaveAttribute('data-enhanced', /.*/);
        for (const step of await s.locator('[data-step]').all()) {
          await expect(step).toBeVisible();
          // Each step shows its own still picture: a map, or a chart drawn in the step's state.
          await expect(step.locator('.scrolly__snapshot').locator('svg.map__svg, svg.chart-svg--still')).toBeVisible();
          // A chart's still must show the marks the live chart shows in that step's state: the
          // live phone drawing says by its data-states/data-emph; the still has classes only.
          const state = (await step.getAttribute('data-state'))!;
          const still = step.locator('.scrolly__snapshot svg.chart-svg--still');
          if ((await still.count()) === 0) continue;
          const picture = (svg: Element, st: string | null) =>
            [...svg.querySelectorAll('[data-mark]')].map((m) => {
              const off = st === null ? m.classList.contains('is-off') : Boolean(m.getAttribute('data-states')) && !m.getAttribute('data-states')!.split(' ').includes(st);
              const emph = st === null ? m.classList.contains('is-emph') : (m.getAttribute('data-emph') ?? '').split(' ').includes(st);
              return `${m.getAttribute('data-mark')}${off ? ' off' : ''}${emph ? ' emph' : ''}`;
            });
          const expected = await s.locator('[data-scrolly-figure] svg.chart-svg--narrow').evaluate(picture, state);
          const drawn = await still.evaluate(picture, null);
          expect(expected.length).toBeGreaterThan(0);
          expect(drawn, `${url} step ${await step.getAttribute('id')}: still not in state "${state}"`).toEqual(expected);
          expect(await still.locator('[data-states], [data-emph]').count(), 'a still carries no switching attributes').toBe(0);
          chartStills += 1;
        }
        await expect(s.locator('figure svg:visible').first()).toBeVisible();
      }
      await page.getByRole('button', { name: 'Linear reading' }).click();
      await expect(scrollies.first()).toHaveAttribute('data-enhanced', '');
    }
    expect(stories, 'scroll stories in the built chapters').toBeGreaterThan(0);
    expect(chartStills, 'chart steps with stills').toBeGreaterThan(0);
  });
});

test.describe('copy links', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  });

  test('every section heading has a keyboard-operable copy-link button; ids and heading text are unchanged', async ({ page }) => {
    test.setTimeout(60_000); // walks every chapter in one test: a third of its timeout stays above its 17 s on a busy machine
    const ids = sections(longest);
    expect(ids.length, 'sections in the longest chapter').toBeGreaterThan(0);
    await page.goto(longest);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    for (const id of ids) {
      const heading = page.locator(`h2#${id}`);
      const text = (await heading.textContent())!.trim();
      const button = page.getByRole('button', { name: `Copy link to section: ${text}` });
      await expect(button).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 2, name: text, exact: true })).toHaveCount(1);
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`#${id}`, canonical).href);
      await expect(page.locator('#reader-status')).toHaveText(`Link to section “${text}” copied.`);
    }
    // The copied link opens the page at that section.
    const last = ids.at(-1)!;
    await page.goto(`${longest}#${last}`);
    await expect(page.locator(`#${last}`)).toBeInViewport();
  });

  test('every scroll step has a copy-link button with a stable, human-readable id', async ({ page }) => {
    test.setTimeout(60_000); // walks every chapter in one test: a third of its timeout stays above its 17 s on a busy machine
    let steps = 0;
    for (const url of chapters) {
      await page.goto(url);
      const ids = await page.locator('.chapter__body [data-step][id]').evaluateAll((els) => els.map((e) => e.id));
      steps += ids.length;
      for (const id of ids) {
        expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        const button = page.locator(`[id="${id}"] copy-link button`);
        await button.click();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${url}#${id}$`));
      }
    }
    expect(steps, 'scroll steps in the built chapters').toBeGreaterThan(0);
  });
});

test('@no-js without JavaScript the tools that need it are hidden and the contents still open', async ({ page }) => {
  await page.goto(longest);
  for (const tag of ['reading-progress', 'theme-toggle', 'reading-mode-toggle', 'print-button']) await expect(page.locator(tag).first()).toBeHidden();
  await page.locator('.contents summary').click();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await expect(page.locator('.cite__list')).toContainText('Retrieved');
});
