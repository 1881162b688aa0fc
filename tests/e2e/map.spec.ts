// The border maps in the built chapters: geometry written once per page and every reference
// resolving, marks and labels from the datasets, text alternatives per step, tables, snapshots,
// and labels that stay readable on a phone.
import { expect, test } from './fixtures';

const MAP_PAGES = ['/chapters/the-flow/', '/chapters/the-pipeline/', '/chapters/the-gaps/'];

for (const url of MAP_PAGES) {
  test(`${url}: the map geometry is sent once and every <use> points at it @mobile`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('#irm-us')).toHaveCount(1);
    await expect(page.locator('#irm-mx')).toHaveCount(1);
    const broken = await page.locator('use').evaluateAll((uses) => uses.map((u) => u.getAttribute('href') ?? '').filter((h) => h.startsWith('#irm') && !document.querySelector(h)));
    expect(broken).toEqual([]);
  });

  test(`${url}: each map is hidden from assistive technology, and each step says in words what it shows`, async ({ page }) => {
    await page.goto(url);
    const maps = await page.locator('story-scrolly:has(svg.map__svg)').all();
    expect(maps.length, 'map scroll stories on the page').toBeGreaterThan(0);
    for (const scrolly of maps) {
      await expect(scrolly.locator('[data-scrolly-figure] svg.map__svg')).toHaveAttribute('aria-hidden', 'true');
      const steps = await scrolly.locator('[data-step]').count();
      expect(steps, 'steps in the map scroll story').toBeGreaterThan(0);
      await expect(scrolly.locator('[data-step] .scrolly__alt')).toHaveCount(steps);
      for (const alt of await scrolly.locator('[data-step] .scrolly__alt').allTextContents()) expect(alt.length).toBeGreaterThan(20);
      await expect(scrolly.locator('[data-scrolly-figure] .figure__table table').first()).toBeAttached();
      await expect(scrolly.locator('[data-scrolly-figure] .map__credit')).toContainText('US Census Bureau');
    }
  });
}

test('the source map shades and labels the four source states with their counts', async ({ page }) => {
  await page.goto('/chapters/the-pipeline/#source-map-sources');
  const map = page.locator('#source-map [data-scrolly-figure]');
  await expect(page.locator('#source-map')).toHaveAttribute('data-state', 'sources');
  await expect(map.locator('use.map__bin:not(.is-off)')).toHaveCount(4);
  await expect(map.locator('text.map__value:not(.is-off)')).toHaveCount(4);
  await expect(map.locator('text.map__value', { hasText: 'Texas' })).toContainText('7,825');
  await expect(map.locator('.map-key:not(.is-off)')).toContainText('no count published');
  await expect(map.locator('table')).toContainText('7,825');
});

test('the corridor map draws five arrows, widest for Arizona to Sonora', async ({ page }) => {
  await page.goto('/chapters/the-pipeline/#corridor-map-corridors');
  const flows = page.locator('#corridor-map [data-scrolly-figure] g.map__flow');
  await expect(flows).toHaveCount(5);
  const widths = await flows.locator('.map__flow-line').evaluateAll((ps) => ps.map((p) => Number(p.getAttribute('stroke-width'))));
  expect(Math.max(...widths)).toBe(widths[0]);
  await expect(page.locator('#corridor-map [data-scrolly-figure] .map-note')).toHaveClass(/is-off/);
});

test('the army map marks two stores and keeps them while the dealer note shows', async ({ page }) => {
  await page.goto('/chapters/the-flow/#army-map-dealers');
  const map = page.locator('#army-map [data-scrolly-figure]');
  await expect(map.locator('rect.map__point--army-store:not(.is-off)')).toHaveCount(2);
  await expect(map.locator('.map-note:not(.is-off)')).toContainText('6,700');
});

test('labels stay at least 10 px tall on a phone @mobile-only', async ({ page }) => {
  await page.goto('/chapters/the-pipeline/#source-map-sources');
  const heights = await page.locator('#source-map [data-scrolly-figure] text.map__value:not(.is-off)').evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.closest('svg')!.getBoundingClientRect().width / t.closest('svg')!.viewBox.baseVal.width)));
  expect(heights.length).toBe(4);
  for (const h of heights) expect(h).toBeGreaterThanOrEqual(10);
});

test('@no-js each step carries a still map for linear reading in the page, hidden until needed', async ({ page }) => {
  await page.goto('/chapters/the-pipeline/');
  await expect(page.locator('#source-map-sources .scrolly__snapshot svg')).toBeAttached();
  await expect(page.locator('#source-map-sources .scrolly__snapshot')).toBeHidden();
  await expect(page.locator('template[data-snapshot]')).toHaveCount(0);
});
