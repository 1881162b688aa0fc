// The classroom pack as a teacher and a printer meet it: every chapter links its pack, the
// teachers' hub reaches every piece and the unit plan, each student piece prints without site
// chrome (the exit ticket and each data handout on one page, no table cut off at the side), and
// look-fors appear only on the teacher's side.
import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from '@playwright/test';
import { builtChapters, builtPages, expect, test } from './fixtures';

const PIECES = ['short', 'vocabulary', 'exit-ticket', 'handouts'] as const;
const slugOf = (url: string) => url.split('/').at(-2)!;
const editions = { en: builtChapters('en'), es: builtChapters('es') };
const prefix = (ed: 'en' | 'es') => (ed === 'en' ? '' : '/es');
// Printed words that belong to the screen only (site chrome, reader tools, the pack's links).
const CHROME = { en: ['Skip to content', 'Print or save as PDF', 'Full chapter', 'Dark theme'], es: ['Saltar al contenido', 'Imprimir o guardar como PDF', 'Capítulo completo', 'Tema oscuro'] };

async function printed(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  // A table wider than the printed column would be cut off at the side.
  const cut = await page.evaluate(() => [...document.querySelectorAll('main table')].filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length);
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages, cut };
}

test('every built chapter has every piece of its pack and its teacher page, in both editions', () => {
  const pages = new Set(builtPages());
  const missing = (Object.keys(editions) as ('en' | 'es')[]).flatMap((ed) =>
    editions[ed].flatMap((url) => [...PIECES.map((p) => `${url}${p}/`), `${prefix(ed)}/teachers/${slugOf(url)}/`]).filter((u) => !pages.has(u)),
  );
  expect(editions.en.length).toBeGreaterThan(0);
  expect(missing).toEqual([]);
  expect([...pages]).toEqual(expect.arrayContaining(['/teachers/unit/', '/es/teachers/unit/']));
});

for (const ed of ['en', 'es'] as const) {
  // English: every chapter's pieces. Spanish: the same template, so the first chapter's.
  const chapters = ed === 'en' ? editions.en : editions.es.slice(0, 1);
  for (const url of chapters) {
    test(`${url}exit-ticket/ prints on one page with its three items and no site chrome`, async ({ page }) => {
      const { text, pages, cut } = await printed(page, `${url}exit-ticket/`);
      expect(pages).toBe(1);
      expect(cut).toBe(0);
      for (const item of ed === 'en' ? ['A number and its base', 'Read the chart', 'A claim with evidence'] : ['Un número y su base', 'Lee la gráfica', 'Una afirmación con evidencia']) expect(text).toContain(item);
      for (const c of CHROME[ed]) expect(text, `"${c}" should not print`).not.toContain(c);
      expect(text).not.toContain(ed === 'en' ? 'Look for:' : 'Qué buscar:');
    });

    test(`${url}handouts/ prints one page per dataset, tables whole`, async ({ page }) => {
      await page.goto(`${url}handouts/`);
      const handouts = await page.locator('section.handout').count();
      const titles = await page.locator('section.handout h2').allTextContents();
      const { text, pages, cut } = await printed(page, `${url}handouts/`);
      expect(handouts).toBeGreaterThan(0);
      expect(pages).toBe(handouts);
      expect(cut).toBe(0);
      for (const t of titles) expect(text).toContain(t.trim().slice(0, 30));
      for (const c of CHROME[ed]) expect(text, `"${c}" should not print`).not.toContain(c);
    });

    // The vocabulary sheet and short version flow over pages; one chapter per edition shows the template prints whole.
    for (const piece of url === chapters[0] ? ['vocabulary', 'short'] : []) {
      test(`${url}${piece}/ prints whole, without site chrome`, async ({ page }) => {
        const { text, cut } = await printed(page, `${url}${piece}/`);
        expect(cut).toBe(0);
        expect(text).toContain((await page.locator('h1').textContent())!.trim().slice(0, 20));
        for (const c of CHROME[ed]) expect(text, `"${c}" should not print`).not.toContain(c);
      });
    }
  }
}

test('the short version reads as a story with its notes, and links back to the full chapter', async ({ page }) => {
  const url = editions.en[0]!;
  await page.goto(`${url}short/`);
  await expect(page.locator('h1')).toContainText('short version');
  const note = page.locator('.short__body a.fact, .short__body sup.cite a').first();
  const href = (await note.getAttribute('href'))!;
  await expect(page.locator(href)).toHaveCount(1);
  await expect(page.locator(`.short__full a[href="${url}"]`)).toBeVisible();
});

test('a chapter links its whole pack; the pack links back and marks where you are', async ({ page }) => {
  const url = editions.en[0]!;
  const slug = slugOf(url);
  await page.goto(url);
  const nav = page.getByRole('navigation', { name: 'Classroom pack' });
  for (const p of PIECES) await expect(nav.locator(`a[href="${url}${p}/"]`)).toBeVisible();
  await expect(nav.locator(`a[href="/teachers/${slug}/"]`)).toBeVisible();
  await nav.locator(`a[href="${url}vocabulary/"]`).click();
  await expect(page.getByRole('navigation', { name: 'Classroom pack' }).locator('a[aria-current="page"]')).toHaveAttribute('href', `${url}vocabulary/`);
  expect(await page.locator('.vocab tbody tr').count()).toBeGreaterThanOrEqual(10);
});

test('from /teachers/ alone a teacher reaches the unit plan, the map, every chapter pack and its standards', async ({ page }) => {
  await page.goto('/teachers/');
  await expect(page.locator('a[href="/teachers/unit/"]').first()).toBeVisible();
  await expect(page.locator('a[href="/teachers/map/"]').first()).toBeVisible();
  for (const url of editions.en) {
    const slug = slugOf(url);
    await expect(page.locator(`section#${slug} a[href="/teachers/${slug}/"]`).first()).toBeVisible();
    await expect(page.locator('#standards ~ div table, #standards + p + div table').first()).toContainText('RH.9-10.7');
  }
  await page.goto('/teachers/unit/');
  expect(await page.locator('section.day').count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.task figure.figure')).toHaveCount(4);
  await expect(page.locator('.voice')).toHaveCount(3);
  await expect(page.locator('#rubric + table tbody tr')).toHaveCount(4);
});

test("a chapter's teacher page has plans that fit one period, look-fors for every question, and the exit ticket's answer", async ({ page }) => {
  const url = editions.en[0]!;
  await page.goto(`/teachers/${slugOf(url)}/`);
  for (const total of await page.locator('.plan__total td').allTextContents()) expect(Number(total)).toBeLessThanOrEqual(50);
  await expect(page.locator('.plan')).toHaveCount(2);
  const questions = await page.locator('ol.questions > li').count();
  expect(questions).toBeGreaterThan(0);
  await expect(page.locator('ol.questions > li .look-fors')).toHaveCount(questions);
  await expect(page.locator('#exit-answers ~ ol')).toContainText(/Answer: \S+/);
  await expect(page.locator('#reading ~ ul')).toContainText(/\d+–\d+ minutes/);
});
