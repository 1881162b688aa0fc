// Byte budgets for the home page and every chapter, measured on what the browser actually
// loads (gzip sizes of each response): JS <= 20 KB, CSS <= 20 KB, fonts <= 45 KB (every face the
// page ends up using, after a scroll to the bottom), everything <= 250 KB, no datasets or
// geodata fetched. Each page's figures are printed so growth shows where.
import { gzipSync } from 'node:zlib';
import { builtChapters, expect, test } from './fixtures';

const KB = 1024;
const BUDGET = { script: 20 * KB, stylesheet: 20 * KB, font: 45 * KB, total: 250 * KB };
// Both editions: every Spanish page meets the same budgets.
const pages = ['/', ...builtChapters(), '/es/', ...builtChapters('es')];

for (const url of pages) {
  test(`${url} stays within its byte budget`, async ({ page }) => {
    const loaded: { url: string; type: string; gz: number }[] = [];
    page.on('response', async (res) => {
      const body = await res.body().catch(() => null);
      if (body) loaded.push({ url: res.url(), type: res.request().resourceType(), gz: gzipSync(body).length });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    await page.waitForLoadState('networkidle');
    const sum = (type?: string) => loaded.filter((r) => !type || r.type === type).reduce((s, r) => s + r.gz, 0);
    const figures = await page.locator('figure[data-figure]').evaluateAll((fs) => fs.map((f) => `${f.getAttribute('data-figure')} ${(f.outerHTML.length / 1024).toFixed(1)} KB raw`));
    console.log(`${url}: html+svg ${(sum('document') / KB).toFixed(1)} KB, js ${(sum('script') / KB).toFixed(1)} KB, css ${(sum('stylesheet') / KB).toFixed(1)} KB, fonts ${(sum('font') / KB).toFixed(1)} KB, total ${(sum() / KB).toFixed(1)} KB gz; figures: ${figures.join('; ') || 'none'}`);
    expect(sum('script'), 'JavaScript (gzip)').toBeLessThanOrEqual(BUDGET.script);
    expect(sum('stylesheet'), 'CSS (gzip)').toBeLessThanOrEqual(BUDGET.stylesheet);
    expect(sum('font'), 'fonts (gzip)').toBeLessThanOrEqual(BUDGET.font);
    expect(loaded.filter((r) => r.type === 'font').length, 'font files').toBeLessThanOrEqual(3);
    expect(sum(), 'total transfer (gzip)').toBeLessThanOrEqual(BUDGET.total);
    expect(loaded.filter((r) => /\.(json|csv|topojson|geojson)(\?|$)/.test(r.url)).map((r) => r.url), 'data fetched by the browser').toEqual([]);
    const oversized = await page.locator('img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).filter((i) => i.naturalWidth > 2 * Math.max(1, i.clientWidth) * devicePixelRatio).map((i) => i.src));
    expect(oversized, 'images much larger than displayed').toEqual([]);
  });
}
