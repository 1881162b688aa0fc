// The two editions: every page has its twin, chapters keep the same figure, step and section
// ids, notes and datasets, Spanish pages say so to browsers and search engines, no English is
// left in them, and switching edition keeps the reader's place.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { catalogHits, datasetTextPairs, englishBlocks, readerBlocks, textPairHits } from '../support/english-left';
import { builtPages, expect, test } from './fixtures';

const pages = builtPages();
const catalog = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8'));
const [en, es] = [catalog('en'), catalog('es')];
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const datasetPairs = readdirSync('content/data').filter((f) => f.endsWith('.json')).flatMap((f) => datasetTextPairs(json(`content/data/${f}`), json(`content/data/es/${f}`)));
const html = (path: string) => readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const isSpanish = (p: string) => p.startsWith('/es/');
/** The same page in the other edition; the root 404 page is /404.html, the Spanish one /es/404/. */
const twinOf = (p: string) => (p === '/404.html' ? '/es/404/' : p === '/es/404/' ? '/404.html' : isSpanish(p) ? p.slice(3) : `/es${p}`);
const english = pages.filter((p) => !isSpanish(p));
const spanish = pages.filter(isSpanish);
const all = (h: string, re: RegExp) => [...h.matchAll(re)].map((m) => m[1]!);

test('every English page has a Spanish twin under /es/, and every Spanish page an English one', () => {
  expect(spanish.length).toBeGreaterThan(20);
  expect(english.filter((p) => !pages.includes(twinOf(p)))).toEqual([]);
  expect(spanish.filter((p) => !pages.includes(twinOf(p)))).toEqual([]);
});

test('chapters keep the same figure ids, step ids, anchors, number of notes and datasets in both editions', () => {
  const chapters = english.filter((p) => /^\/chapters\/[^/]+\/$/.test(p));
  expect(chapters.length).toBeGreaterThan(0);
  const skeleton = (h: string) => ({
    figures: all(h, /<figure[^>]*\bid="([^"]+)"/g),
    steps: all(h, /<li[^>]*\bid="([^"]+)"[^>]*data-step/g),
    anchors: all(h, /<h[23][^>]*\bid="([^"]+)"/g),
    boxes: all(h, /<aside[^>]*\bid="([^"]+)"/g),
    notes: all(h, /<li id="(note-\d+)"/g).length,
    datasets: [...new Set(all(h, /data-dataset="([^"]+)"/g))].sort(),
  });
  for (const p of chapters) expect(skeleton(html(twinOf(p))), p).toEqual(skeleton(html(p)));
});

test('Spanish pages declare their language, Open Graph locale and hreflang alternates both ways', () => {
  for (const p of spanish.filter((x) => !x.startsWith('/es/embed/') && !x.includes('404'))) {
    const h = html(p);
    expect(h, p).toMatch(/<html[^>]*\blang="es"/);
    expect(h, p).toContain('<meta property="og:locale" content="es_MX"');
    expect(h, p).toMatch(new RegExp(`<link rel="alternate" hreflang="en" href="https://[^"]+${twinOf(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    expect(h, p).toMatch(/<link rel="alternate" hreflang="x-default" href="[^"]+"/);
    expect(html(twinOf(p)), twinOf(p)).toMatch(new RegExp(`<link rel="alternate" hreflang="es" href="https://[^"]+${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  }
});

test('no English is left on a Spanish page: no English UI string, no block of English prose', () => {
  const found: string[] = [];
  for (const p of spanish) {
    const blocks = readerBlocks(html(p));
    for (const b of englishBlocks(blocks)) found.push(`${p}: ${b.text} (${b.share})`);
    for (const hit of catalogHits(blocks.join('\n'), en, es)) found.push(`${p}: ${hit}`);
    for (const hit of textPairHits(blocks, datasetPairs)) found.push(`${p}: ${hit}`);
  }
  expect(found).toEqual([]);
});

test('Spanish dates and numbers use es-MX formats', () => {
  const h = html('/es/chapters/the-toll/');
  expect(h).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"[^>]*>\d{1,2} de [a-záéíóú]+ de \d{4}<\/time>/);
  expect(h).not.toMatch(/<time datetime="[^"]+"[^>]*>(January|February|March|April|May|June|July|August|September|October|November|December)/);
});

test('switching edition at a step lands on the same step in the other edition', async ({ page }) => {
  const step = /<li[^>]*\bid="([^"]+)"[^>]*data-step/.exec(html('/chapters/the-toll/'))![1]!;
  await page.goto(`/chapters/the-toll/#${step}`);
  await page.locator('a[data-language-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/es/chapters/the-toll/#${step}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator(`#${step}`)).toBeInViewport();
  await page.locator('a[data-language-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/chapters/the-toll/#${step}$`));
  expect(existsSync('dist/es/index.html')).toBe(true);
});
