// Outlets: share cards (tags and a real 1200x630 image), canonical URLs, sitemap and robots,
// data downloads whose CSV matches their JSON, and embeds that resize in a host page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import sharp from 'sharp';
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

/** Pixels of the card's graphic panel (right of the text column) as RGB triples. */
async function panelPixels(png: Buffer): Promise<Buffer> {
  return sharp(png).extract({ left: 600, top: 54, width: 552, height: 522 }).removeAlpha().raw().toBuffer();
}

/** The key graphic's title, from a page's og:image:alt ("… Chart: <title>", "… Mapa: <title>"), the kind in the page's edition. */
async function cardFigureTitle(page: import('@playwright/test').Page): Promise<string> {
  const alt = (await meta(page, 'property', 'og:image:alt'))!;
  const spanish = (await page.locator('html').getAttribute('lang'))?.startsWith('es');
  const title = (spanish ? /(?:Gráfica|Mapa): (.+)$/ : /(?:Chart|Map): (.+)$/).exec(alt)?.[1];
  expect(title, `og:image:alt names the key graphic: ${alt}`).toBeTruthy();
  return title!;
}

/**
 * Checks that the card at `cardPath` draws the figure titled `title` as `chapterUrl` shows it:
 * the colours of the shapes in the page's own drawing (computed by the browser, light theme)
 * must appear in the card's graphic panel.
 */
async function expectCardShowsFigure(page: import('@playwright/test').Page, request: import('@playwright/test').APIRequestContext, cardPath: string, chapterUrl: string, title: string) {
  await page.goto(chapterUrl);
  const figure = page.locator('figure[data-figure]').filter({ has: page.locator('.figure__title', { hasText: title }) });
  await expect(figure).toHaveCount(1);
  const colours = await figure.evaluate((fig) => {
    const svg = [...fig.querySelectorAll<SVGSVGElement>('svg.chart-svg, svg.map__svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const seen = new Set<string>();
    for (const el of svg.querySelectorAll('rect, path, use, circle')) {
      const cs = getComputedStyle(el);
      if (el.getBoundingClientRect().width === 0 || cs.visibility === 'hidden' || cs.opacity === '0') continue;
      const m = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(cs.fill);
      if (m) seen.add(m.slice(1).join(','));
    }
    return [...seen].map((c) => c.split(',').map(Number));
  });
  const marks = colours.filter(([r, g, b]) => r! + g! + b! < 3 * 245); // not paper or the white panel
  expect(marks.length, 'the page figure has coloured shapes').toBeGreaterThanOrEqual(1);
  const px = await panelPixels(await (await request.get(cardPath)).body());
  const count = ([r, g, b]: number[]) => {
    let n = 0;
    for (let i = 0; i < px.length; i += 3) if (Math.abs(px[i]! - r!) <= 10 && Math.abs(px[i + 1]! - g!) <= 10 && Math.abs(px[i + 2]! - b!) <= 10) n++;
    return n;
  };
  const found = marks.filter((c) => count(c) >= 40);
  expect(found.length / marks.length, `${cardPath} shows the figure's colours ${JSON.stringify(marks)}; found ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(0.75);
}

// Both editions: each Spanish card is drawn from the Spanish layouts, so it is checked on its own.
for (const url of [...chapters, ...builtChapters('es')]) {
  test(`${url}: the share card draws the chapter's key graphic`, async ({ page, request }) => {
    await page.goto(url);
    const title = await cardFigureTitle(page);
    const card = new URL((await meta(page, 'property', 'og:image'))!).pathname;
    await expectCardShowsFigure(page, request, card, url, title);
  });
}

for (const edition of ['en', 'es'] as const) {
  test(`the site share card draws the graphic its alt text names (${edition})`, async ({ page, request }) => {
    const home = edition === 'en' ? '/' : '/es/';
    await page.goto(home);
    const title = await cardFigureTitle(page);
    const card = (await meta(page, 'property', 'og:image'))!;
    expect(new URL(card).pathname).toBe(`${home}og/site.png`);
    let chapter: string | undefined;
    for (const url of builtChapters(edition)) {
      await page.goto(url);
      if ((await page.locator('.figure__title', { hasText: title }).count()) > 0) chapter = url;
    }
    expect(chapter, `a chapter shows "${title}"`).toBeTruthy();
    await expectCardShowsFigure(page, request, `${home}og/site.png`, chapter!, title);
  });
}

test('every other page has a canonical URL and a share card', async ({ request }) => {
  const card = await request.get('/og/site.png');
  expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
  // Read from dist/: the tags are in the HTML as built, for every page, without a browser per page.
  const problems = pages
    .filter((p) => !chapters.includes(p) && !/^(\/es)?\/embed\//.test(p) && !/^(\/es)?\/404/.test(p))
    .flatMap((url) => {
      const doc = readFileSync(join('dist', url.endsWith('/') ? `${url}index.html` : url), 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(doc)?.[1] ?? '';
      const image = /<meta property="og:image" content="([^"]+)"/.exec(doc)?.[1] ?? '';
      return [
        ...(new RegExp(`^https://[^/]+${url}$`).test(canonical) ? [] : [`${url}: canonical ${canonical || '(none)'}`]),
        ...(/\/og\/(site|[a-z0-9-]+)\.png$/.test(image) ? [] : [`${url}: og:image ${image || '(none)'}`]),
      ];
    });
  expect(problems).toEqual([]);
});

test('robots.txt allows crawling and points at a sitemap that lists every indexable page', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
  const index = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const xml = (await Promise.all(parts.map(async (p) => (await request.get(p)).text()))).join('\n');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const expected = pages.filter((p) => !/^(\/es)?\/404/.test(p) && !/^(\/es)?\/embed\//.test(p));
  expect(listed.sort()).toEqual(expected.sort());
  // Each edition names its twin: hreflang alternates for English and Spanish.
  for (const url of chapters) {
    expect(xml, url).toContain(`hreflang="es-MX" href="${new URL(`/es${url}`, sitemapUrl).href}"`);
    expect(xml, url).toContain(`hreflang="en-US" href="${new URL(url, sitemapUrl).href}"`);
  }
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

// ---- Embeds -------------------------------------------------------------------------------

const embeds = pages.filter((p) => p.startsWith('/embed/'));

test('every figure in every chapter offers copy-paste embed code for itself and each of its steps', async ({ page }) => {
  const offered = new Set<string>();
  for (const url of chapters) {
    await page.goto(url);
    for (const code of await page.locator('.figure-share textarea').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value))) {
      expect(code).toMatch(/^<iframe src="https:\/\/[^"]+\/embed\/[^"]+" title="Iron River graphic: [^"]+" width="100%" height="\d+"[^>]*data-iron-river-embed><\/iframe>\n<script src="https:\/\/[^"]+\/embed\.js" async><\/script>$/);
      offered.add(new URL(/src="([^"]+)"/.exec(code)![1]!).pathname);
    }
    const figures = await page.locator('.chapter__body figure[data-figure]').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-figure')!));
    for (const id of figures) expect(offered, `figure ${id} in ${url}`).toContain(`/embed/${id}/`);
  }
  expect(embeds.length).toBeGreaterThan(0);
  expect([...offered].sort()).toEqual([...embeds].sort());
});

for (const url of embeds) {
  test(`${url} is a chrome-free figure with its title, text alternative, sources, credit and licence`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('.site-header, .site-footer, .skip-link')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const title = (await page.locator('.figure__title').textContent())!.trim();
    await expect(page.locator('h1')).toHaveText(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    if ((await page.locator('[data-map]').count()) > 0) {
      // Maps hide their SVG from assistive technology and describe the state in words instead.
      await expect(page.locator('[data-map] > .visually-hidden')).toContainText(/^Map: .{20,}/);
      const step = url.split('/').filter(Boolean)[2];
      if (step) await expect(page.locator('[data-map] svg[data-figure-initial]')).toHaveAttribute('data-figure-initial', await page.locator('[data-embed-state]').getAttribute('data-embed-state') ?? '');
    } else {
      const svg = page.locator('figure svg[role="img"]:visible').first();
      await expect(svg).toHaveAccessibleName(/.+/);
      await expect(svg).toHaveAccessibleDescription(/.+/);
    }
    if (url.split('/').length > 4) await expect(page.locator('.embed__step')).toContainText(/^Step \d+ of \d+/);
    await expect(page.locator('.figure__meta')).toContainText('Source');
    await expect(page.locator('.embed__credit')).toContainText('Graphic: Iron River');
    await expect(page.locator('.embed__credit a[rel~="license"]')).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    await expect(page.locator('.embed__credit a[href^="/chapters/"]')).toHaveCount(1);
  });
}

/** The embed checks are split into this many tests, so each stays far inside its timeout. */
const PARTS = 4;

test.describe('embeds in a host page on another origin', () => {
  let host: import('node:http').Server;
  let hostUrl = '';
  const codes: string[] = [];

  test.beforeAll(async ({ browser, baseURL }) => {
    const page = await browser.newPage();
    for (const url of chapters) {
      await page.goto(`${baseURL}${url}`);
      codes.push(...(await page.locator('.figure-share textarea').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value))));
    }
    await page.close();
    // The code as an outlet would paste it, pointed at the site under test instead of the real domain.
    // `/?part=k` serves every PARTS-th embed from the k-th, so the checks split into short tests.
    const page_ = (list: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>A host page</h1>${list
      .map((c) => `<section>${c.replace(/https:\/\/[^/"]+\//g, `${baseURL}/`)}</section>`)
      .join('\n')}</body></html>`;
    const { createServer } = await import('node:http');
    host = createServer((req, res) => {
      const part = new URL(req.url ?? '/', 'http://host').searchParams.get('part');
      const list = part === null ? codes : codes.filter((_, i) => i % PARTS === Number(part));
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page_(list));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address() as import('node:net').AddressInfo;
    hostUrl = `http://127.0.0.1:${address.port}/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  const fittedIn = (page: import('@playwright/test').Page) => {
    const frames = page.locator('iframe[data-iron-river-embed]');
    return async (i: number) => {
      const frame = frames.nth(i);
      await frame.scrollIntoViewIfNeeded();
      const content = frame.contentFrame();
      await expect(content.locator('.embed__credit')).toBeVisible();
      await expect
        .poll(async () => {
          const outer = (await frame.boundingBox())!.height;
          const inner = await content.locator('body').evaluate((b) => b.getBoundingClientRect().height);
          return Math.abs(outer - Math.ceil(inner));
        }, { message: `iframe ${i} fits its content` })
        .toBeLessThanOrEqual(1);
      return (await frame.boundingBox())!.height;
    };
  };

  for (let part = 0; part < PARTS; part++) {
    test(`every embed resizes to its content (part ${part + 1} of ${PARTS})`, async ({ page, baseURL }) => {
      test.setTimeout(90_000);
      expect(new URL(hostUrl).origin).not.toBe(new URL(baseURL!).origin);
      await page.goto(`${hostUrl}?part=${part}`);
      const expected = codes.filter((_, i) => i % PARTS === part).length;
      expect(expected).toBeGreaterThan(0);
      await expect(page.locator('iframe[data-iron-river-embed]')).toHaveCount(expected);
      const fitted = fittedIn(page);
      const heights: number[] = [];
      for (let i = 0; i < expected; i++) heights.push(await fitted(i));
      expect(heights.some((h) => h !== 640), 'heights come from the content, not the default').toBe(true);
    });
  }

  test('an embed follows its content when the host narrows and when its table opens', async ({ page }) => {
    await page.goto(`${hostUrl}?part=0`);
    const frames = page.locator('iframe[data-iron-river-embed]');
    const fitted = fittedIn(page);
    const wide = [await fitted(0)];

    // Narrower host: the figures reflow and grow taller; the frames follow.
    await page.setViewportSize({ width: 400, height: 800 });
    const first = await fitted(0);
    expect(first).toBeGreaterThan(wide[0]!);

    // Opening the data table inside a frame makes it taller, and the frame follows.
    const content = frames.nth(0).contentFrame();
    await content.locator('.figure__table summary').click();
    const opened = await fitted(0);
    expect(opened).toBeGreaterThan(first);
  });

  test('a height message from anywhere but the frame itself is ignored', async ({ page }) => {
    // One part of the embeds, not all of them: the first frame then sizes itself promptly.
    await page.goto(`${hostUrl}?part=0`);
    const frame = page.locator('iframe[data-iron-river-embed]').first();
    await fittedIn(page)(0);
    expect((await frame.boundingBox())!.height, 'the frame took its height from its content').not.toBe(640);
    const before = (await frame.boundingBox())!.height;
    // Post the forged message, then a marker: once the marker arrives, the forged one has been handled.
    await page.evaluate(() => new Promise((done) => {
      addEventListener('message', (e) => { if (e.data === 'marker') done(null); });
      window.postMessage({ type: 'iron-river:embed-height', path: '/embed/x/', height: 5 }, '*');
      window.postMessage('marker', '*');
    }));
    expect((await frame.boundingBox())!.height).toBe(before);
  });
});
