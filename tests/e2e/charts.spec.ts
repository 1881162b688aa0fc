// Charts in the built site: each scroll step puts its chart in the step's state (checked on
// the marks' classes, not on pixels), reduced motion changes nothing but the motion, phones get
// the narrow drawing, and without JavaScript every chart shows its summary state and its table.
import { builtChapters, expect, test } from './fixtures';
import type { Locator } from '@playwright/test';

/** A chart scroll story: chapter, scrolly id, and per step the marks expected to be off or emphasised. */
const STORIES = [
  {
    url: '/chapters/the-flow/',
    scrolly: 'traces',
    steps: [
      { id: 'submitted', off: '[data-mark="part-2024"]', emph: null },
      { id: 'us-sourced', off: null, emph: '[data-mark="part-2007"]' },
      { id: 'gaps', off: null, emph: '[data-mark="gap-2019"]' },
      { id: 'latest', off: null, emph: '[data-mark="total-2024"]' },
    ],
  },
  {
    url: '/chapters/the-toll/',
    scrolly: 'homicides',
    steps: [
      { id: 'count', off: '[data-mark="l-dot-share-2024"]', emph: null },
      { id: 'peak', off: null, emph: '[data-mark="total-2020"]' },
      { id: 'share', off: null, emph: '[data-mark="l-dot-share-2024"]' },
      { id: 'latest', off: null, emph: '[data-mark="total-2024"]' },
    ],
  },
];

/** The drawing a reader actually sees: the visible width variant inside the scrolly. */
const visibleSvg = (scrolly: Locator) => scrolly.locator('svg.chart-svg:visible');

async function goToStep(scrolly: Locator, stepId: string) {
  const step = scrolly.locator(`[data-step-id="${stepId}"]`);
  // As a reader scrolls (scrollIntoView would count the step's scroll margin, set for #fragment jumps).
  await step.evaluate((el) => { const box = el.getBoundingClientRect(); window.scrollTo(0, box.top + scrollY + box.height / 2 - innerHeight / 2); });
  await expect(scrolly).toHaveAttribute('data-active-step', stepId);
}

for (const story of STORIES) {
  test(`${story.url}#${story.scrolly}: every step sets its chart state`, async ({ page }) => {
    await page.goto(story.url);
    const scrolly = page.locator(`story-scrolly#${story.scrolly}`);
    await expect(scrolly).toHaveAttribute('data-enhanced', '');
    for (const step of story.steps) {
      await goToStep(scrolly, step.id);
      const stepState = await scrolly.locator(`[data-step-id="${step.id}"]`).getAttribute('data-state');
      await expect(scrolly).toHaveAttribute('data-state', stepState!);
      const svg = visibleSvg(scrolly);
      await expect(svg).toHaveCount(1);
      if (step.off) await expect(svg.locator(step.off)).toHaveClass(/\bis-off\b/);
      if (step.emph) await expect(svg.locator(step.emph)).toHaveClass(/\bis-emph\b/);
    }
    // Scrolling back up to the first step undoes the later emphasis: the picture depends only on the step.
    await goToStep(scrolly, story.steps[0]!.id);
    for (const step of story.steps.slice(1)) if (step.emph) await expect(visibleSvg(scrolly).locator(step.emph)).not.toHaveClass(/\bis-emph\b/);
  });

  test(`${story.url}#${story.scrolly}: with reduced motion the states still change`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(story.url);
    const scrolly = page.locator(`story-scrolly#${story.scrolly}`);
    const last = story.steps[story.steps.length - 1]!;
    await goToStep(scrolly, last.id);
    await expect(visibleSvg(scrolly).locator(last.emph!)).toHaveClass(/\bis-emph\b/);
    const duration = await visibleSvg(scrolly).locator(last.emph!).evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
  });
}

test('@mobile-only charts show their phone drawing and fit the screen', async ({ page }) => {
  let charts = 0;
  for (const url of builtChapters()) {
    await page.goto(url);
    for (const chart of await page.locator('.chart[data-chart-id]').all()) {
      charts += 1;
      await expect(chart.locator('svg.chart-svg--narrow')).toBeVisible();
      await expect(chart.locator('svg.chart-svg--wide')).toBeHidden();
      const box = (await chart.locator('svg.chart-svg--narrow').boundingBox())!;
      expect(box.x, url).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, url).toBeLessThanOrEqual(page.viewportSize()!.width + 0.5);
    }
  }
  expect(charts, 'charts found in the chapters').toBeGreaterThanOrEqual(12);
});

test('on a desktop every chart shows its wide drawing', async ({ page }) => {
  await page.goto('/chapters/the-flow/');
  const charts = await page.locator('.chart[data-chart-id]').all();
  expect(charts.length, 'charts on the page').toBeGreaterThan(0);
  for (const chart of charts) {
    await expect(chart.locator('svg.chart-svg--wide')).toBeVisible();
    await expect(chart.locator('svg.chart-svg--narrow')).toBeHidden();
  }
});

test('@no-js every chart is complete without JavaScript: a titled drawing in its summary state, a source line and a data table', async ({ page }) => {
  test.setTimeout(60_000); // walks every chapter in one test: a third of its timeout stays above its 17 s on a busy machine
  let charts = 0;
  for (const url of builtChapters()) {
    await page.goto(url);
    await expect(page.locator('story-scrolly[data-enhanced]')).toHaveCount(0);
    for (const figure of await page.locator('figure:has(.chart)').all()) {
      charts += 1;
      const chart = figure.locator('.chart');
      const svg = chart.locator('svg.chart-svg:visible');
      await expect(svg).toHaveCount(1);
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg.locator('title')).not.toBeEmpty();
      expect((await svg.locator('desc').textContent())!.length, `${url}: description`).toBeGreaterThan(40);
      // Summary state: whatever is hidden in some step is visible before any step runs.
      const states = (await chart.getAttribute('data-figure-states'))!.split(' ');
      expect(states[0], `${url}: first declared state is the summary`).toBe('all');
      const hidden = await svg.locator('.is-off').count();
      expect(hidden, `${url}: marks hidden in the summary state`).toBe(0);
      await expect(figure.locator('.figure__meta')).toContainText('Source');
      await expect(figure.locator('details.figure__table table tbody tr').first()).toBeAttached();
    }
  }
  expect(charts, 'charts found in the chapters').toBeGreaterThanOrEqual(12);
});
