// The reader's basic journey and the page-level guarantees every page of the built site keeps.
import { builtChapters, builtPages, expect, test } from './fixtures';

const pages = builtPages();
const chapters = builtChapters();

test('the build produced a home page, chapters and reference pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/sources/', '/glossary/']));
  expect(chapters.length).toBeGreaterThan(0);
});

test('home → chapter → note → back to the same place in the text', async ({ page }) => {
  await page.goto('/');
  const first = page.locator('.chapters__title a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.locator('h1')).toHaveText(title);

  const marker = page.locator('.chapter__body sup.cite a, .chapter__body a.fact').first();
  const refId = await marker.getAttribute('id');
  const href = (await marker.getAttribute('href'))!;
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const note = page.locator(href);
  await expect(note).toBeInViewport();
  await expect(note.locator('a[href^="http"]').first()).toBeVisible();

  await note.locator(`a[href="#${refId}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${refId}$`));
  await expect(page.locator(`#${refId}`)).toBeInViewport();
});

test('every note marker in every chapter leads to a note, and every back link to a marker', async ({ page }) => {
  for (const url of chapters) {
    await page.goto(url);
    const broken = await page.evaluate(() => {
      const bad: string[] = [];
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="#note-"], .notes__back a')) {
        const id = a.getAttribute('href')!.slice(1);
        if (!document.getElementById(id)) bad.push(a.getAttribute('href')!);
      }
      return bad;
    });
    expect(broken, url).toEqual([]);
  }
});

// One h1, a language, a title and a description on every page: read from dist/ in integrity.spec.ts.

test('a key term opens its definition by keyboard and closes with Escape', async ({ page }) => {
  test.setTimeout(60_000); // walks every chapter in one test: a third of its timeout stays above its 17 s on a busy machine
  for (const url of chapters) {
    await page.goto(url);
    const term = page.locator('.chapter__body button.term').first();
    await expect(term, `${url}: every chapter has key terms`).toBeAttached();
    const pop = page.locator(`#${await term.getAttribute('popovertarget')}`);
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(pop).toBeVisible();
    await expect(pop.locator('.term__def')).not.toBeEmpty();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await expect(term).toBeFocused();
  }
});

// Both editions read completely without JavaScript (fitting 320 px is checked in a11y.spec.ts,
// with clipped text, at 320 and 640 px).
for (const url of [...chapters, ...builtChapters('es')]) {
  test(`@no-js ${url} reads completely without JavaScript`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('h1')).toBeVisible();
    // Story text: every paragraph except those inside a closed disclosure (embed code, tables).
    const hidden = await page.locator('.chapter__body p').evaluateAll((ps) => {
      const text = ps.filter((p) => !p.closest('details:not([open]), [popover], .visually-hidden'));
      return { total: text.length, hidden: text.filter((p) => p.getBoundingClientRect().height === 0).map((p) => p.textContent!.slice(0, 60)) };
    });
    expect(hidden.total).toBeGreaterThan(20);
    expect(hidden.hidden).toEqual([]);
    await expect(page.locator('.notes__list > li').first()).toBeVisible();
    // A chart may ship a phone and a desktop drawing; one of them must be on screen.
    const figures = await page.locator('.chapter__body figure[data-figure]').all();
    expect(figures.length, `${url}: figures`).toBeGreaterThan(0);
    for (const figure of figures) {
      const shown = await figure.locator('svg[role="img"], svg.map__svg').evaluateAll((svgs) => svgs.filter((s) => (s as SVGSVGElement).getBoundingClientRect().height > 0).length);
      expect(shown, await figure.getAttribute('data-figure') ?? 'figure').toBeGreaterThan(0);
    }
  });

}
