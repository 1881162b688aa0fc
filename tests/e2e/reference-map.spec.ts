// The teachers' reference map (/teachers/map/, /es/teachers/map/): both editions draw every state's
// name (the small states by a number the legend keys), the rendered labels do not overlap, the
// page passes axe in both themes, and it prints on exactly one Letter page without the site's
// header, navigation or footer.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const EDITIONS = [
  { url: '/teachers/map/', back: '/teachers/', us: ['California', 'Arizona', 'New Mexico', 'Texas'], seas: ['Pacific Ocean', 'Gulf of Mexico'] },
  { url: '/es/teachers/map/', back: '/es/teachers/', us: ['California', 'Arizona', 'Nuevo México', 'Texas'], seas: ['Océano Pacífico', 'Golfo de México'] },
] as const;
const MX = ['Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Chiapas', 'Chihuahua', 'Ciudad de México', 'Coahuila', 'Colima', 'Durango', 'Estado de México', 'Guanajuato', 'Guerrero', 'Hidalgo', 'Jalisco', 'Michoacán', 'Morelos', 'Nayarit', 'Nuevo León', 'Oaxaca', 'Puebla', 'Querétaro', 'Quintana Roo', 'San Luis Potosí', 'Sinaloa', 'Sonora', 'Tabasco', 'Tamaulipas', 'Tlaxcala', 'Veracruz', 'Yucatán', 'Zacatecas'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const ed of EDITIONS) {
  test(`${ed.url} draws every state's name, with no two labels overlapping, and lists them as text`, async ({ page }) => {
    await page.goto(ed.url);
    await page.evaluate(() => document.fonts.ready);
    const map = page.getByRole('img', { name: /./ }).and(page.locator('svg.refmap__svg'));
    await expect(map).toBeVisible();
    // One label per <text>, lines joined: a wrapped name ("San Luis / Potosí") reads whole.
    const labels = await map.locator('text').evaluateAll((els) => els.map((e) => [...e.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')));
    for (const name of [...MX, ...ed.us, ...ed.seas]) expect(labels, name).toContain(name);

    // Measured in the browser with the real font: no two labels (or number discs) overlap.
    const boxes = await map.locator('text, .refmap__discs circle').evaluateAll((els) =>
      els.map((e) => {
        const b = (e as SVGGraphicsElement).getBBox();
        return { name: e.textContent || e.tagName, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height, disc: e.tagName === 'circle' };
      }),
    );
    const clashes: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        // A number sits on its disc.
        if (a.disc !== b.disc && Math.abs(a.x0 + a.x1 - b.x0 - b.x1) < 1 && Math.abs(a.y0 + a.y1 - b.y0 - b.y1) < 3) continue;
        const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (w > 0.5 && h > 0.5) clashes.push(`${a.name} × ${b.name}`);
      }
    });
    expect(clashes).toEqual([]);

    const us = page.locator('ul[data-country="us"] > li');
    const mx = page.locator('ul[data-country="mx"] > li');
    await expect(us).toHaveCount(4);
    await expect(mx).toHaveCount(32);
    const listed = (await mx.allTextContents()).join('\n');
    for (const name of MX) expect(listed).toContain(name);
    for (const name of ed.us) await expect(us.filter({ hasText: name })).toHaveCount(1);
    await expect(page.locator('.refmap__list .refmap__tag')).toHaveCount(10);
    await expect(page.locator(`a[href="${ed.back}"]`).first()).toBeVisible();
  });

  test(`${ed.url} prints on one Letter page without header, navigation or footer`, async ({ page }) => {
    await page.goto(ed.url);
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator('.site-header')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-header nav, .site-footer nav').first()).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('print-button')).toBeHidden();
    await expect(page.locator('svg.refmap__svg')).toBeVisible();
    const pdf = await page.pdf({ format: 'Letter' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });
}

test('the reference map has no axe violations in the light and dark themes, on a phone and a desktop', async ({ page }) => {
  test.setTimeout(60_000);
  const runs = [['/teachers/map/', 'light', 1280], ['/teachers/map/', 'dark', 768], ['/es/teachers/map/', 'light', 320]] as const;
  for (const [url, scheme, width] of runs) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), `${url} ${scheme} ${width}`).toEqual([]);
  }
});
