// Deep links land, and stay, where they point while the page renders only what is on screen
// (styles/offscreen.css): a link to a chapter's last section heading, its last note and the last
// step of its last scroll story puts that target at the top of the window (a step: at the place
// its scroll story reads it, in its state), and nothing moves it as blocks are drawn afterwards.
// Following an in-page link from a fresh page (where blocks still skip rendering) lands the same
// way. Also checks that a fresh page does skip them, and draws them all soon after it loads.
import type { Page } from '@playwright/test';
import { allDrawn, builtChapters, expect, islandsLoaded, test } from './fixtures';

interface Targets { heading: string; note: string; step: string | null }

/** The late targets of a chapter, read from its page. */
async function lateTargets(page: Page, url: string): Promise<Targets> {
  await page.goto(url);
  return page.evaluate(() => ({
    heading: [...document.querySelectorAll('.chapter__body h2[id]')].at(-1)!.id,
    note: [...document.querySelectorAll('.notes li[id^="note-"]')].at(-1)!.id,
    step: [...document.querySelectorAll('story-scrolly .scrolly__step[id]')].at(-1)?.id ?? null,
  }));
}

/** Top of the element in viewport pixels, and where a fragment jump puts it (the page's scroll padding plus the element's scroll margin). */
function place(id: string) {
  const el = document.getElementById(id)!;
  const px = (v: string) => parseFloat(v) || 0;
  return { top: Math.round(el.getBoundingClientRect().top), margin: Math.round(px(getComputedStyle(document.documentElement).scrollPaddingTop) + px(getComputedStyle(el).scrollMarginTop)) };
}

/**
 * Opens `url#id` as a deep link is opened: a new page load. (A goto from the same page with only a
 * fragment added is an in-page jump, on a page whose islands may still be arriving; the in-page
 * case has its own test below.)
 */
async function openDeepLink(page: Page, url: string, id: string) {
  await page.goto('about:blank');
  await page.goto(`${url}#${id}`, { waitUntil: 'load' });
}

async function expectAtTop(page: Page, id: string) {
  const first = await page.evaluate(place, id);
  expect(Math.abs(first.top - first.margin), `#${id} top ${first.top} px, expected ${first.margin}`).toBeLessThanOrEqual(2);
  await allDrawn(page);
  const later = await page.evaluate(place, id);
  expect(later.top, `#${id} moved after load`).toBe(first.top);
}

// Every chapter (each has its own late blocks and estimates), at phone width only: what is
// skipped and how it is drawn do not depend on the width, and phones are where most readers are.
const chapters = builtChapters();

for (const url of chapters) {
  test.describe(`@mobile-only ${url}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
    });

    test('a deep link to the last section heading and to the last note lands at the top and stays', async ({ page }) => {
      const { heading, note } = await lateTargets(page, url);
      for (const id of [heading, note]) {
        await openDeepLink(page, url, id);
        await expectAtTop(page, id);
      }
    });

    test('a deep link to the last step of the last scroll story opens it in its state and it stays', async ({ page }) => {
      const { step } = await lateTargets(page, url);
      test.skip(step === null, 'no scroll story in this chapter');
      // Where the browser's own jump puts the step, before any island runs.
      await page.route('**/_astro/**/*.js', (route) => route.abort());
      await openDeepLink(page, url, step!);
      const landed = await page.evaluate(place, step!);
      await page.unroute('**/_astro/**/*.js');
      await openDeepLink(page, url, step!);
      const scrolly = page.locator(`story-scrolly:has(#${step})`);
      const name = (await page.locator(`#${step}`).getAttribute('data-step-id'))!;
      await expect(scrolly).toHaveAttribute('data-active-step', name);
      const first = await page.evaluate(place, step!);
      expect(first.top, 'step in view').toBeGreaterThanOrEqual(0);
      expect(first.top, 'step in view').toBeLessThan(page.viewportSize()!.height);
      expect(Math.abs(first.top - landed.top), `#${step} at ${landed.top} px before the islands, ${first.top} px after`).toBeLessThanOrEqual(1);
      await allDrawn(page);
      expect((await page.evaluate(place, step!)).top, `#${step} moved after load`).toBe(first.top);
      await expect(scrolly).toHaveAttribute('data-active-step', name);
    });

    test('a fresh page skips the late blocks, an in-page link to the last note still lands on it, and all are drawn soon after', async ({ page }) => {
      const { note } = await lateTargets(page, url);
      // Hold the idle drawing back, so the page is seen as it is before it runs.
      await page.addInitScript(() => {
        const held: IdleRequestCallback[] = [];
        Object.assign(window, { __held: held, requestIdleCallback: (run: IdleRequestCallback) => held.push(run) });
      });
      await page.goto(url, { waitUntil: 'load' });
      await islandsLoaded(page);
      const skipping = await page.evaluate(() => getComputedStyle(document.querySelector('.chapter__end .notes')!).contentVisibility);
      expect(skipping, 'the notes skip rendering on a fresh page').toBe('auto');
      // Follow an in-page link to the note (a fragment navigation, as a click on a citation makes).
      await page.evaluate((id) => { location.hash = id; }, note);
      const at = await page.evaluate(place, note);
      expect(Math.abs(at.top - at.margin), `#${note} top ${at.top} px, expected ${at.margin}`).toBeLessThanOrEqual(2);
      // Let the idle drawing run: every block is drawn and the note does not move.
      await page.evaluate(() => {
        const w = window as unknown as { __held: IdleRequestCallback[] };
        const deadline = { didTimeout: false, timeRemaining: () => 50 };
        const pump = () => { w.__held.splice(0).forEach((run) => run(deadline)); if (w.__held.length) setTimeout(pump, 16); };
        pump();
      });
      await allDrawn(page);
      expect((await page.evaluate(place, note)).top, `#${note} moved as blocks were drawn`).toBe(at.top);
    });
  });
}
