// Scroll robustness for every scroll figure on every chapter: whatever the path to a step
// (deep link, reload mid-chapter, a fling straight to it, a resize or rotation, 200% zoom),
// the figure shows that step's state. Asserts on the island's data attributes, not pixels.
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtChapters, expect, test } from './fixtures';

interface Scrolly { chapter: string; id: string; edition: 'en' | 'es'; steps: { id: string; elementId: string; state: string }[] }

/** Scroll figures and their steps, read from the built HTML (so the list cannot be empty by accident). */
const scrollies: Scrolly[] = (['en', 'es'] as const).flatMap((edition) => builtChapters(edition).flatMap((chapter) => {
  const html = readFileSync(join('dist', chapter, 'index.html'), 'utf8');
  return [...html.matchAll(/<story-scrolly[^>]*\sid="([^"]+)"[\s\S]*?<\/story-scrolly>/g)].map((m) => ({
    chapter,
    edition,
    id: m[1]!,
    steps: [...m[0].matchAll(/<li[^>]*\sid="([^"]+)"[^>]*data-step-id="([^"]+)"[^>]*data-state="([^"]+)"/g)].map((s) => ({ elementId: s[1]!, id: s[2]!, state: s[3]! })),
  }));
}));

/** First, middle and last step: enough to catch off-by-one and replay bugs without testing every step. */
const sample = <T,>(xs: T[]) => [...new Set([xs[0], xs[Math.floor(xs.length / 2)], xs[xs.length - 1]])].filter((x): x is T => x !== undefined);

async function expectStep(scrolly: Locator, step: Scrolly['steps'][number]) {
  await expect(scrolly).toHaveAttribute('data-active-step', step.id);
  await expect(scrolly).toHaveAttribute('data-state', step.state);
}

/** Scrolls as a reader would, until the step's middle is at the middle of the screen. (Not
 *  scrollIntoView: that counts the step's scroll margin, which is set for #fragment jumps.) */
async function centre(page: Page, elementId: string) {
  await page.evaluate((id) => {
    const box = document.getElementById(id)!.getBoundingClientRect();
    window.scrollTo({ top: box.top + scrollY + box.height / 2 - innerHeight / 2, behavior: 'instant' });
  }, elementId);
}

test('the built chapters contain scroll figures with steps, the same in both editions', () => {
  expect(scrollies.length).toBeGreaterThan(0);
  const ids = (e: string) => scrollies.filter((x) => x.edition === e).map((x) => `${x.chapter.replace(/^\/es/, '')}#${x.id}`);
  expect(ids('es')).toEqual(ids('en'));
  for (const s of scrollies) expect(s.steps.length, s.id).toBeGreaterThan(1);
});

// The Spanish edition's step text is longer, so its steps sit elsewhere on the page: it runs the
// deep-link and fling scenarios; reload, resize and zoom exercise the same island code as English.
for (const s of scrollies) {
  const full = s.edition === 'en';
  test.describe(`${s.chapter} #${s.id}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
    });

    test('a deep link to a step opens in that state without replaying the steps before it', async ({ page }) => {
      for (const step of sample(s.steps)) {
        await page.goto(`${s.chapter}#${step.elementId}`);
        const scrolly = page.locator(`story-scrolly#${s.id}`);
        await expect(scrolly).toHaveAttribute('data-enhanced', '');
        await expectStep(scrolly, step);
      }
    });

    if (full) test('a reload in the middle of the chapter keeps the state of the step in view', async ({ page }) => {
      const step = s.steps[Math.floor(s.steps.length / 2)]!;
      await page.goto(s.chapter);
      await centre(page, step.elementId);
      const scrolly = page.locator(`story-scrolly#${s.id}`);
      await expectStep(scrolly, step);
      await page.reload();
      await expectStep(scrolly, step);
    });

    test('a fling from the top straight to the last step lands on the last state', async ({ page }) => {
      await page.goto(s.chapter);
      const last = s.steps[s.steps.length - 1]!;
      await page.evaluate(() => window.scrollTo(0, 0));
      await centre(page, last.elementId);
      await expectStep(page.locator(`story-scrolly#${s.id}`), last);
    });

    if (full) test('a resize and a rotation keep the state of the step in view', async ({ page }) => {
      const step = sample(s.steps)[1] ?? s.steps[0]!;
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${s.chapter}#${step.elementId}`);
      const scrolly = page.locator(`story-scrolly#${s.id}`);
      await expectStep(scrolly, step);
      await page.setViewportSize({ width: 844, height: 390 });
      await centre(page, step.elementId);
      await expectStep(scrolly, step);
      await page.setViewportSize({ width: 1280, height: 800 });
      await centre(page, step.elementId);
      await expectStep(scrolly, step);
    });

    if (full) test('at 200% zoom every sampled step still sets its state', async ({ page }) => {
      await page.setViewportSize({ width: 640, height: 400 });
      await page.goto(s.chapter);
      const scrolly = page.locator(`story-scrolly#${s.id}`);
      for (const step of sample(s.steps)) {
        await centre(page, step.elementId);
        await expectStep(scrolly, step);
      }
    });
  });
}
