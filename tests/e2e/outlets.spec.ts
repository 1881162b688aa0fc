// Outlets: share cards (tags and a real 1200x630 image), canonical URLs, sitemap and robots,
// data downloads whose CSV matches their JSON, and embeds that resize in a host page.
import { csvParse } from 'd3-dsv';
import { builtChapters, builtPages, expect, test } from './fixtures';

const chapters = builtChapters();
const pages = builtPages();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(1, 4).toString('latin1'), 'PNG signature').toBe('PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}
const meta = (page: import('@playwright/test').Page, attr: 'property' | 'name', key: string) => page.locator(`meta[${attr}="${key}"]`).getAttribute('content');

for (const url of chapters) {
  test(`${url} has share-card tags and its 1200x630 card exists`, async ({ page, request }) => {
    await page.goto(url);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https://[^/]+${url}$`));
    expect(await meta(page, 'property', 'og:url')).toBe(canonical);
    expect(await meta(page, 'property', 'og:type')).toBe('article');
    expect(await meta(page, 'property', 'og:title')).toBe((await page.locator('h1').textContent())!.trim());
    expect((await meta(page, 'property', 'og:description'))!.length).toBeGreaterThan(20);
    expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'property', 'og:image:alt')).toMatch(/chapter \d+/);
    const image = (await meta(page, 'property', 'og:image'))!;
    expect(await meta(page, 'name', 'twitter:image')).toBe(image);
    expect(image).toMatch(/^https:\/\/[^/]+\/og\/[a-z0-9-]+\.png$/);
    const res = await request.get(new URL(image).pathname);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/png');
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
    expect((await meta(page, 'property', 'og:image:width'))).toBe('1200');
    expect((await meta(page, 'property', 'og:image:height'))).toBe('630');
  });
}

test('every other page has a canonical URL and the site share card', async ({ page, request }) => {
  const card = await request.get('/og/site.png');
  expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
  for (const url of pages.filter((p) => !chapters.includes(p) && !p.startsWith('/embed/') && p !== '/404.html')) {
    await page.goto(url);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href'), url).toMatch(new RegExp(`^https://[^/]+${url}$`));
    expect(await meta(page, 'property', 'og:image'), url).toMatch(/\/og\/(site|[a-z0-9-]+)\.png$/);
  }
});

test('robots.txt allows crawling and points at a sitemap that lists every indexable page', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toMatch(/^https:\/\/.+\/sitemap\.xml$/);
  const xml = await (await request.get('/sitemap.xml')).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const expected = pages.filter((p) => p !== '/404.html' && !p.startsWith('/embed/'));
  expect(listed.sort()).toEqual(expected.sort());
  for (const url of chapters) expect(xml).toMatch(new RegExp(`${url}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>`));
});

test('every dataset downloads as CSV and JSON, and the CSV parses and matches the JSON', async ({ page, request }) => {
  await page.goto('/data/');
  const csvLinks = await page.locator('a[href$=".csv"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  expect(csvLinks.length).toBeGreaterThan(0);
  for (const href of csvLinks) {
    const csvRes = await request.get(href);
    expect(csvRes.status(), href).toBe(200);
    expect(csvRes.headers()['content-type']).toContain('text/csv');
    const json = await (await request.get(href.replace(/\.csv$/, '.json'))).json();
    const rows = csvParse(await csvRes.text());
    const keys = json.fields.map((f: { key: string }) => f.key);
    expect(rows.columns, href).toEqual([...keys, 'note', 'sources']);
    expect(rows.length, href).toBe(json.rows.length);
    json.rows.forEach((row: Record<string, unknown>, i: number) => {
      const csv = rows[i]!;
      for (const k of keys) {
        const v = row[k];
        expect(csv[k], `${href} row ${i} ${k}`).toBe(v === null || v === undefined ? '' : String(v));
        if (typeof v === 'number') expect(Number(csv[k])).toBe(v);
      }
      expect(csv.note).toBe((row.note as string | undefined) ?? '');
      expect(csv.sources!.split(' ')).toEqual((row.sources as string[] | undefined) ?? json.sources);
    });
    // The JSON carries its provenance and terms.
    expect(json.caveats.length, href).toBeGreaterThan(0);
    expect(json.licence.length).toBeGreaterThan(4);
    expect(json.sourceRecords.map((s: { id: string }) => s.id).sort()).toEqual([...json.sources].sort());
    for (const s of json.sourceRecords) expect(s.url).toMatch(/^https?:\/\//);
  }
});
