// The first screen and the first second (issue 13), checked on the built site:
// - on a 390×844 phone, a chapter's first screen shows its title and the start of its story;
// - the first 14 KB (gzip) of each chapter's HTML, what the first round trip can bring, hold
//   the CSS (inlined) and the story's first paragraph;
// - on a phone, a scroll story's step card never leaves figure text colliding with it: the card
//   is opaque, whatever it passes over is hidden under it, and where the card sits for reading
//   (reached by scrolling, by a step's link or by the step buttons) the figure's title, legend
//   and labels are all above it, in view;
// - the script that adds copy-link buttons beside section headings (after the first paint) moves
//   nothing: the story with its headings wrapped and the same story with them bare lay out alike
//   (this wrapping was the layout shift of the chapters that open on a heading).
import { gzipSync } from 'node:zlib';
import { builtChapters, expect, test } from './fixtures';

const chapters = builtChapters();
const ROUND_TRIP = 14 * 1024;

for (const url of chapters) {
  test(`@mobile-only ${url}: the first screen holds the title and the start of the story`, async ({ page }) => {
    await page.goto(url, { waitUntil: 'load' });
    const screen = await page.evaluate(() => ({ height: innerHeight, scrollY }));
    expect(screen.scrollY).toBe(0);
    const title = await page.locator('h1').boundingBox();
    expect(title!.y, 'title top').toBeGreaterThanOrEqual(0);
    expect(title!.y + title!.height, 'title bottom').toBeLessThanOrEqual(screen.height);
    const first = page.locator('.chapter__body > p').first();
    const box = await first.boundingBox();
    const lineHeight = await first.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    // At least three lines of the story's first paragraph are on the first screen.
    expect(box!.y + 3 * lineHeight, `first paragraph starts at ${Math.round(box!.y)} px`).toBeLessThanOrEqual(screen.height);
  });

  test(`${url}: the first 14 KB (gzip) hold the CSS and the story's first paragraph`, async ({ request }) => {
    const html = await (await request.get(url)).text();
    const body = html.indexOf('chapter__body');
    const end = html.indexOf('</p>', html.indexOf('<p', body)) + 4;
    const prefix = html.slice(0, end);
    const size = gzipSync(prefix).length;
    console.log(`${url}: first paragraph ends ${(end / 1024).toFixed(1)} KB into the HTML, ${(size / 1024).toFixed(1)} KB gzip`);
    expect(size, 'gzip bytes up to the end of the first paragraph').toBeLessThanOrEqual(ROUND_TRIP);
    expect(html.slice(end), 'no stylesheet after the first paragraph').not.toMatch(/<style|<link[^>]+rel="stylesheet"/);
    expect(prefix, 'no external stylesheet before it').not.toMatch(/<link[^>]+rel="stylesheet"/);
  });
}

/** Top and height, in page pixels, of every block of the story (wrapped headings measured by their heading). */
function storyBoxes() {
  const body = document.querySelector('.chapter__body')!;
  return [...body.children].map((el) => {
    const box = (el.classList.contains('heading-link') ? el.querySelector('h2, h3')! : el).getBoundingClientRect();
    return `${Math.round(box.top + scrollY)}+${Math.round(box.height)}`;
  });
}

for (const url of chapters) {
  test(`@mobile ${url}: adding the copy-link buttons beside the headings moves nothing`, async ({ page }) => {
    await page.goto(url, { waitUntil: 'load' });
    await expect(page.locator('.chapter__body .heading-link').first()).toBeAttached();
    // Blocks below the fold are drawn while the page is idle (offscreen.css): measure once all are.
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => getComputedStyle(e).contentVisibility === 'auto').length), { timeout: 15_000 }).toBe(0);
    const wrapped = await page.evaluate(storyBoxes);
    // The page as it is painted before the script runs: every heading bare, JavaScript on.
    await page.evaluate(() => document.querySelectorAll('.chapter__body > .heading-link').forEach((wrap) => wrap.replaceWith(wrap.querySelector('h2, h3')!)));
    const bare = await page.evaluate(storyBoxes);
    expect(wrapped.length).toBe(bare.length);
    expect(wrapped, 'top+height of each block of the story, headings wrapped vs bare').toEqual(bare);
  });
}

/** Geometry of the active card and of the figure's text, in viewport pixels, at the current scroll. */
function measure(scrollyId: string) {
  const scrolly = document.getElementById(scrollyId)!;
  const card = scrolly.querySelector('.scrolly__step.is-active .scrolly__card') as HTMLElement | null;
  if (!card) return null;
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const s = getComputedStyle(e);
    return s.visibility !== 'hidden' && Number(s.opacity) > 0 && e.closest('[hidden]') === null;
  };
  const figure = scrolly.querySelector('.scrolly__sticky .figure')!;
  // Text the step relies on: the figure's title and subtitle, its legend, and the labels of the
  // drawing on screen. The notes (sources, caveats) and the data-table switch may be covered.
  const relied = [...figure.querySelectorAll('.figure__title, .figure__subtitle, .map-key li, .map-key__title, .chart-key li, svg text')].filter(visible);
  const all = [...figure.querySelectorAll('p, li, dt, dd, summary, svg text')].filter(visible);
  const r = card.getBoundingClientRect();
  const overlap = (e: Element) => {
    const b = e.getBoundingClientRect();
    const x0 = Math.max(b.left, r.left), x1 = Math.min(b.right, r.right), y0 = Math.max(b.top, r.top), y1 = Math.min(b.bottom, r.bottom);
    return x1 - x0 > 1 && y1 - y0 > 1 ? { x: (x0 + x1) / 2, y: (y0 + y1) / 2 } : null;
  };
  const name = (e: Element) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} “${(e.textContent ?? '').trim().slice(0, 40)}”`;
  // Whatever the card passes over must be hidden under it: the card is what the reader sees there.
  const showing = all.flatMap((e) => {
    const at = overlap(e);
    if (!at || at.y < 0 || at.y > innerHeight) return [];
    const top = document.elementFromPoint(at.x, at.y);
    return top && card.contains(top) ? [] : [`${name(e)} shows at (${Math.round(at.x)}, ${Math.round(at.y)}) over the card`];
  });
  return {
    step: card.closest('.scrolly__step')!.id,
    cardTop: Math.round(r.top),
    background: getComputedStyle(card).backgroundColor,
    under: relied.filter((e) => overlap(e)).map(name),
    showing,
  };
}

const opaque = (colour: string) => !/rgba|color\(|transparent/.test(colour) || /rgba\([^)]*,\s*1\)$/.test(colour);

for (const url of chapters) {
  test(`@mobile-only ${url}: no step card leaves figure text colliding with it`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(url, { waitUntil: 'load' });
    const scrollies = await page.locator('story-scrolly').evaluateAll((els) => els.map((e) => e.id));
    test.skip(scrollies.length === 0, 'no scroll story in this chapter');
    // The islands load after the first paint: wait until every story is enhanced.
    await expect(page.locator('story-scrolly:not([data-enhanced])')).toHaveCount(0);
    const problems: string[] = [];
    for (const id of scrollies) {
      const steps = await page.locator(`#${id} .scrolly__step`).evaluateAll((els) => els.map((e) => e.id));
      for (const [i, step] of steps.entries()) {
        // Three moments of each step: just after its card crosses the trigger line, where the
        // step buttons and links put it for reading (lib/scroll/geometry.ts: 120 px above the line), and halfway to the next step. Blocks above
        // take their real height as they are first drawn, so each target is measured again
        // after a first scroll.
        for (const k of [0, 1, 2]) {
          for (let pass = 0; pass < 3; pass++) {
            await page.evaluate(([step, next, k]) => {
              const trigger = Math.round(innerHeight * 0.75);
              const el = document.getElementById(step)!;
              const top = el.getBoundingClientRect().top + scrollY;
              const nextTop = next ? document.getElementById(next)!.getBoundingClientRect().top + scrollY : top + el.offsetHeight;
              const y = [top - trigger + 4, top - (trigger - 120), Math.min(top - trigger + (nextTop - top) / 2, nextTop - trigger - 8)][k]!;
              window.scrollTo({ top: y, behavior: 'instant' });
            }, [step, steps[i + 1], k] as const);
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          }
          await expect(page.locator(`#${step}`)).toHaveClass(/is-active/);
          await page.waitForTimeout(150);
          const m = await page.evaluate(measure, id);
          if (!m) { problems.push(`${step}: no active card`); continue; }
          if (!opaque(m.background)) problems.push(`${step}: card background ${m.background} is not opaque`);
          problems.push(...m.showing.map((s) => `${step} @${['trigger', 'reading', 'halfway'][k]}: ${s}`));
          // Where the card rests for reading (and as it arrives), nothing the step relies on is under it.
          if (k < 2 && m.under.length) problems.push(`${step} @${['trigger', 'reading'][k]} (card top ${m.cardTop} px): under the card: ${m.under.join('; ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
