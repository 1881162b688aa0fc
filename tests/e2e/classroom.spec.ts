// Classroom features: a chapter printed to PDF is a clean handout (endnotes with URLs, no
// navigation or reader tools), "cite this chapter" in four styles with today's date, key terms
// by keyboard and touch, and a link from each chapter to its teacher page (the pack itself:
// classroom-pack.spec.ts).
import { extractText, getDocumentProxy } from 'unpdf';
import { builtChapters, expect, test } from './fixtures';

const chapters = builtChapters();

async function printedText(page: import('@playwright/test').Page, url: string): Promise<{ text: string; pages: number }> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

for (const url of chapters) {
  test(`${url} prints as a handout: endnotes with URLs, no navigation or reader tools`, async ({ page }) => {
    await page.goto(url);
    const title = (await page.locator('h1').textContent())!.trim();
    const noteUrls = await page.locator('.notes__list > li .src__url').evaluateAll((els) => els.map((e) => e.textContent!.trim()));
    const noteCount = noteUrls.length;
    const firstQuestion = (await page.locator('.classroom ol > li').first().textContent())!.trim();

    const { text, pages } = await printedText(page, url);
    const squashed = text.replace(/\s/g, '');
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(title.replace(/\s+/g, ' '));
    expect(text).toContain('Notes and sources');
    expect(noteCount).toBeGreaterThan(0);
    // Every note's URL is printed in full (line breaks inside a URL are removed before comparing).
    for (const u of noteUrls) expect(squashed, `note URL ${u}`).toContain(u.replace(/\s/g, ''));
    expect(text).toContain(firstQuestion.slice(0, 40).replace(/\s+/g, ' '));
    expect(squashed).toContain(`iron-river.org${url}`);
    for (const chrome of ['Skip to content', 'Dark theme', 'Linear reading', 'Print or save as PDF', 'Previous chapter', 'Next chapter', 'Copy link', 'Forget my place', 'Show the data as a table']) {
      expect(text, `"${chrome}" should not print`).not.toContain(chrome);
    }
  });
}

test.describe('cite this chapter', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  });

  test('gives APA, MLA, Chicago and BibTeX with the canonical URL and today as the access date, each copyable', async ({ page }) => {
    const url = chapters[0]!;
    await page.goto(url);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    const now = new Date();
    const long = now.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const box = page.getByRole('region', { name: 'Cite this chapter' });
    // The access date reads like every other date on the site ("June 5, 2025"), before and after the script runs.
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    await expect(box.locator('.cite__accessed')).toHaveText(`${months[now.getMonth()]} ${now.getDate()}, ${now.getFullYear()}`);
    const styles = { apa: `Retrieved ${long}, from ${canonical}`, mla: 'Accessed', chicago: `Accessed ${long}. ${canonical}.`, bibtex: `urldate      = {${iso}}` };
    for (const [style, expected] of Object.entries(styles)) {
      const item = box.locator(`[data-style="${style}"]`);
      await expect(item.locator('.cite__text')).toContainText(expected);
      const copy = item.getByRole('button', { name: /^Copy the .+ citation$/ });
      await copy.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#reader-status')).toContainText('citation copied');
      const shown = (await item.locator('.cite__text').textContent())!.replace(/\s+$/, '');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    }
    await expect(box.locator('[data-style="apa"] .cite__text i')).toHaveText((await page.locator('h1').textContent())!.trim());
  });

  test('@no-js without JavaScript the citations are still there, with a note to change the date', async ({ page }) => {
    await page.goto(chapters[0]!);
    await expect(page.locator('.cite__nojs')).toBeVisible();
    await expect(page.locator('[data-style="bibtex"] .cite__text')).toContainText('@misc{');
  });
});

test.describe('key terms', () => {
  test('@mobile-only a tap opens a definition, Escape or the close button dismisses it', async ({ page }) => {
    const url = chapters[0]!;
    await page.goto(url);
    const term = page.locator('.chapter__body button.term').first();
    const pop = page.locator(`#${await term.getAttribute('popovertarget')}`);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(pop).toBeVisible();
    await pop.getByRole('button', { name: /Close/ }).tap();
    await expect(pop).toBeHidden();
    await term.focus();
    await page.keyboard.press('Space');
    await expect(pop).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
  });
});

test('each chapter page points teachers to its own teacher page', async ({ page }) => {
  await page.goto(chapters[0]!);
  await expect(page.locator(`.classroom a[href="/teachers/${chapters[0]!.split('/')[2]}/"]`).first()).toBeVisible();
});
