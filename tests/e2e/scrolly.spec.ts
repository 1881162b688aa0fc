// The scroll behaviour of <story-scrolly>, on the built chapter maps: each step sets its state,
// deep links open in place without replaying, fast jumps and resizes land right, reduced motion
// turns transitions off, buttons step with the keyboard, linear mode and no-JS read complete.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

const CHAPTER = '/chapters/the-pipeline/';
const SCROLLY = '#source-map';

/** Puts a step where a reader would: its top just above the trigger line, with no smooth scrolling. */
async function scrollToStep(step: Locator) {
  await step.evaluate((el) => {
    const trigger = window.innerHeight * (matchMedia('(max-width: 47.99rem)').matches ? 0.75 : 0.5);
    window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - trigger + 40, behavior: 'instant' });
  });
}

/** The steps of a scroll story; a story without steps is a failure, not an empty loop. */
async function stepsOf(scrolly: Locator) {
  const steps = await scrolly.locator('[data-step]').evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).id, step: (e as HTMLElement).dataset.stepId!, state: (e as HTMLElement).dataset.state! })));
  expect(steps.length, 'steps in the scroll story').toBeGreaterThan(0);
  return steps;
}

test.describe('story-scrolly', () => {
  test('scrolling to each step sets its state and its marks @mobile', async ({ page }) => {
    await page.goto(CHAPTER);
    for (const id of ['#crossings-map', '#source-map', '#corridor-map']) {
      const scrolly = page.locator(id);
      await expect(scrolly).toHaveAttribute('data-enhanced', '');
      for (const s of await stepsOf(scrolly)) {
        await scrollToStep(scrolly.locator(`#${s.id}`));
        await expect(scrolly).toHaveAttribute('data-active-step', s.step);
        await expect(scrolly).toHaveAttribute('data-state', s.state);
        const shown = scrolly.locator(`[data-scrolly-figure] [data-states~="${s.state}"]`);
        const emph = scrolly.locator(`[data-scrolly-figure] [data-emph~="${s.state}"]`);
        expect((await shown.count()) + (await emph.count()), `marks for ${s.state}`).toBeGreaterThan(0);
        expect(await shown.evaluateAll((els) => els.filter((e) => e.classList.contains('is-off')).length)).toBe(0);
        expect(await emph.evaluateAll((els) => els.filter((e) => !e.classList.contains('is-emph')).length)).toBe(0);
      }
    }
  });

  test('a deep link opens in the linked step state without replaying the steps before it @mobile', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenStates: string[] }).seenStates = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target as HTMLElement;
          if (el.id === 'corridor-map' && r.attributeName === 'data-state') seen.push(el.dataset.state ?? '');
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
    });
    await page.goto(`${CHAPTER}#corridor-map-cartel-share`);
    const scrolly = page.locator('#corridor-map');
    await expect(scrolly).toHaveAttribute('data-state', 'cartel-share');
    await expect(scrolly).toHaveAttribute('data-active-step', 'cartel-share');
    // Let the scroll to the anchor finish and a few frames pass: nothing may be replayed on the way.
    await page.evaluate(() => new Promise((r) => { let n = 0; const tick = () => (++n > 30 ? r(null) : requestAnimationFrame(tick)); tick(); }));
    expect(await page.evaluate(() => (window as unknown as { seenStates: string[] }).seenStates)).toEqual(['cartel-share']);
    await expect(page.locator('#corridor-map-cartel-share')).toBeInViewport();
  });

  test('a fast jump across many steps lands on the right state, both ways', async ({ page }) => {
    await page.goto(CHAPTER);
    const first = page.locator('#crossings-map-border');
    const last = page.locator('#corridor-map-cartel-share');
    await scrollToStep(last);
    await expect(page.locator('#corridor-map')).toHaveAttribute('data-state', 'cartel-share');
    await expect(page.locator('#source-map')).toHaveAttribute('data-state', 'sources');
    await scrollToStep(first);
    await expect(page.locator('#crossings-map')).toHaveAttribute('data-state', 'border');
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect(page.locator('#corridor-map')).toHaveAttribute('data-state', 'corridors');
  });

  test('a resize or rotation keeps the state of the step in view', async ({ page }) => {
    await page.goto(`${CHAPTER}#source-map-border-states`);
    const scrolly = page.locator(SCROLLY);
    await expect(scrolly).toHaveAttribute('data-state', 'border-states');
    await page.mouse.wheel(0, 1);
    await page.setViewportSize({ width: 390, height: 844 });
    await scrollToStep(page.locator('#source-map-sources'));
    await expect(scrolly).toHaveAttribute('data-state', 'sources');
    await page.setViewportSize({ width: 844, height: 390 });
    await scrollToStep(page.locator('#source-map-sources'));
    await expect(scrolly).toHaveAttribute('data-state', 'sources');
    await page.setViewportSize({ width: 1280, height: 800 });
    await scrollToStep(page.locator('#source-map-border-states'));
    await expect(scrolly).toHaveAttribute('data-state', 'border-states');
  });

  test('200% zoom (half the CSS width) uses the phone layout and still tracks steps', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(CHAPTER);
    const scrolly = page.locator(SCROLLY);
    await scrollToStep(page.locator('#source-map-sources'));
    await expect(scrolly).toHaveAttribute('data-state', 'sources');
    expect(await page.evaluate(() => matchMedia('(max-width: 47.99rem)').matches)).toBe(true);
  });

  test('reduced motion: marks change state with no transition', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(CHAPTER);
    const scrolly = page.locator(SCROLLY);
    await scrollToStep(page.locator('#source-map-border-states'));
    await expect(scrolly).toHaveAttribute('data-state', 'border-states');
    const fill = scrolly.locator('[data-scrolly-figure] use.map__bin').first();
    await expect(fill).toHaveClass(/is-off/);
    expect(await fill.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    await scrollToStep(page.locator('#source-map-sources'));
    await expect(fill).not.toHaveClass(/is-off/);
  });

  test('previous and next buttons step through with the keyboard and announce the step', async ({ page }) => {
    await page.goto(`${CHAPTER}#source-map-border-states`);
    const scrolly = page.locator(SCROLLY);
    const next = scrolly.getByRole('button', { name: 'Next step' });
    const prev = scrolly.getByRole('button', { name: 'Previous step' });
    await expect(prev).toBeDisabled();
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(scrolly).toHaveAttribute('data-active-step', 'sources');
    await expect(page.locator('#reader-status')).toContainText('Step 2 of 2');
    await expect(next).toBeDisabled();
    await prev.focus();
    await page.keyboard.press('Space');
    await expect(scrolly).toHaveAttribute('data-active-step', 'border-states');
  });

  test('linear mode: no scroll effects, each step shows its own still map', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('iron-river:reading', 'linear'));
    await page.goto(CHAPTER);
    const scrolly = page.locator(SCROLLY);
    await expect(scrolly).not.toHaveAttribute('data-enhanced', '');
    for (const s of await stepsOf(scrolly)) {
      await expect(scrolly.locator(`#${s.id} .scrolly__snapshot svg`)).toBeVisible();
    }
    await expect(scrolly.locator('[data-scrolly-nav]')).toBeHidden();
  });
});

test('@no-js every scrolly reads complete: the map in its summary state, then every step', async ({ page }) => {
  await page.goto(CHAPTER);
  const scrollies = await page.locator('story-scrolly').all();
  expect(scrollies.length, `scroll stories in ${CHAPTER}`).toBeGreaterThan(0);
  for (const scrolly of scrollies) {
    await expect(scrolly).not.toHaveAttribute('data-enhanced', '');
    const initial = await scrolly.getAttribute('data-initial');
    await expect(scrolly).toHaveAttribute('data-state', initial!);
    await expect(scrolly.locator('[data-scrolly-figure] svg.map__svg')).toBeVisible();
    const shown = scrolly.locator(`[data-scrolly-figure] [data-states~="${initial}"]`);
    expect(await shown.evaluateAll((els) => els.filter((e) => e.classList.contains('is-off')).length)).toBe(0);
    const steps = await scrolly.locator('[data-step]').all();
    expect(steps.length, 'steps in the scroll story').toBeGreaterThan(0);
    for (const step of steps) {
      await expect(step.locator('.scrolly__card > p').first()).toBeVisible();
      await expect(step.locator('.scrolly__snapshot')).toBeHidden();
    }
    await expect(scrolly.locator('[data-scrolly-nav]')).toBeHidden();
  }
});
