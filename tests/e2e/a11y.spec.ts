// Accessibility sweep: axe (WCAG 2.0/2.1/2.2 A and AA) on the built pages, at 320 and 1280 px in
// the light theme and at 768 px in the dark, as runsFor() sets per kind of page; keyboard focus always visible and never under a sticky
// element, in the opening and through every scroll story;
// 200% zoom (a 640 px viewport) and 320 px without horizontal scrolling or clipped text.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { allDrawn, builtChapters, builtPages, expect, templatePages, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Blocks that skip rendering on load have no boxes yet, and are drawn one per idle period: axe
// waits until all are drawn, so it measures target sizes and overlaps in the final layout.
async function axe(page: Page) {
  await allDrawn(page);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// Embed pages are one figure each, shown in an iframe of the host's width: one width suffices.
const isEmbed = (url: string) => /^(\/es)?\/embed\//.test(url);
const isSpanish = (url: string) => url.startsWith('/es/');

// Layout problems (reflow, target size, overlap) change with the width, contrast with the
// theme: the phone width in the light theme and the desktop width in the dark (the tablet width
// between them reflows like the 640 px zoom check below). One test per page, theme and width, so the heaviest chapter stays far
// inside its timeout even on a busy machine.
type Run = { scheme: 'light' | 'dark'; width: number };
const RUNS: Run[] = [{ scheme: 'light', width: 320 }, { scheme: 'dark', width: 1280 }];
const EMBED_RUNS: Run[] = [{ scheme: 'light', width: 640 }, { scheme: 'dark', width: 640 }];
// The Spanish edition shares the English pages' markup and stylesheets; what changes is the
// words, which run longer. So it is swept in the light theme at the phone width, where longer
// words crowd most (the dark palette and the desktop layout are the same CSS, checked on the
// English pages); its embeds share the English ones' template, so one of each is swept. A step's
// embed differs from its figure's only in the state drawn (the chapters sweep every state's
// marks): English figure embeds are swept, and one step embed in both themes.
const ES_RUNS: Run[] = [{ scheme: 'light', width: 320 }];
const ES_EMBED_RUNS: Run[] = [{ scheme: 'light', width: 640 }];
const isStepEmbed = (url: string) => /\/embed\/[^/]+\/[^/]+\/$/.test(url);
// Pages of the classroom pack: the student pieces under a chapter and the teacher's side.
const isPack = (url: string) => /^(\/es)?\/(chapters\/[^/]+\/[^/]+\/|teachers\/[^/]+\/)$/.test(url);
// Pages built from one template share their markup and stylesheets: the first of each template
// gets every run of its kind; the others, whose words and tables differ, the phone width in the
// light theme (English) or nothing more (Spanish, whose first page of the template is swept).
const FIRST = new Set(templatePages());
const LIGHT_320: Run[] = [{ scheme: 'light', width: 320 }];
function runsFor(url: string): Run[] {
  if (isSpanish(url)) {
    if (isEmbed(url)) return FIRST.has(url) ? ES_EMBED_RUNS : [];
    return isPack(url) && !FIRST.has(url) ? [] : ES_RUNS;
  }
  if (isEmbed(url)) return FIRST.has(url) ? EMBED_RUNS : isStepEmbed(url) ? [] : EMBED_RUNS.slice(0, 1);
  if (isPack(url)) return FIRST.has(url) ? RUNS : LIGHT_320;
  return RUNS;
}
for (const url of builtPages()) {
  for (const { scheme, width } of runsFor(url)) {
    test(`${url} has no axe violations in ${scheme} theme at ${width} px`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      expect(await axe(page)).toEqual([]);
    });
  }
}

async function noOverflow(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) problems.push(`page scrolls sideways by ${doc.scrollWidth - doc.clientWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const s = getComputedStyle(el);
      if (el.closest('.visually-hidden, [popover], .data-table, svg')) continue;
      if ((s.overflowX === 'hidden' || s.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1 && el.textContent?.trim()) {
        problems.push(`clipped: ${el.tagName.toLowerCase()}.${el.className}`);
      }
    }
    return problems;
  });
}

// Both editions: Spanish runs longer, so it is where text is likeliest to overflow.
for (const url of ['/', ...builtChapters(), '/es/', ...builtChapters('es')]) {
  test(`${url} reads at 200% zoom and at 320 px without sideways scrolling or clipped text`, async ({ page }) => {
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 720 });
      await page.goto(url);
      expect(await noOverflow(page), `${width} px`).toEqual([]);
    }
  });
}

// Desktop (sticky figure beside the steps) and phone (steps passing over a sticky figure).
// Only sticky figures can cover a focused element (the header does not stick), so the walk runs
// where they are: through the top of the page (header, tools, opening) and through each scroll
// story, from the element before it to a few past it. Each element reached is checked.
const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
// English walks at the desktop width, the Spanish edition at the phone width, where its longer
// step cards and labels are tightest (the phone layout is the same markup in both editions).
const WALKS = [...builtChapters().map((url) => [url, 1280, 800] as const), ...builtChapters('es').map((url) => [url, 390, 740] as const)];
for (const [url, width, height] of WALKS) {
  test(`${url}: every element reached by Tab in the opening and the scroll stories is visible and not covered at ${width} px`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    const regions = await page.evaluate((selector) => {
      const tabbable = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
      const out: [number, number][] = [[0, Math.min(30, tabbable.length - 1)]];
      for (const story of document.querySelectorAll('.scrolly')) {
        const inside = tabbable.flatMap((el, i) => (story.contains(el) ? [i] : []));
        if (inside.length) out.push([inside[0]!, inside.at(-1)!]);
      }
      // Mark where each later region's walk starts: the element just before it.
      out.slice(1).forEach(([first]) => tabbable[first - 1]!.setAttribute('data-tab-start', String(first)));
      return out;
    }, TABBABLE);
    const steps = await page.locator('[data-step]').count();
    expect(regions.length, 'the opening, plus one region per scroll story with focusable elements').toBeGreaterThanOrEqual(steps > 0 ? 2 : 1);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const [first, last] of regions) {
      // The first region starts from the top of the freshly loaded page; the others just before the story.
      if (first > 0) await page.locator(`[data-tab-start="${first}"]`).focus();
      for (let i = 0; i < last - first + 4; i++) {
        await page.keyboard.press('Tab');
        const r = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          // Each element reached is tagged once, so two look-alike links are never taken for one.
          const walk = window as unknown as { tabWalk?: number };
          if (!el.hasAttribute('data-tab-walk')) el.setAttribute('data-tab-walk', String((walk.tabWalk = (walk.tabWalk ?? 0) + 1)));
          const key = el.getAttribute('data-tab-walk')!;
          // The first line box: a link that wraps has its centre elsewhere on the page.
          const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          const covered = Boolean(top && !el.contains(top) && !top.contains(el) && !(top as HTMLElement).closest?.('label'));
          const inView = box.bottom > 0 && box.top < innerHeight && box.width > 0 && box.height > 0;
          return { key, outline, covered, inView, desc: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`, coveredBy: top ? `${top.tagName.toLowerCase()}.${(top as HTMLElement).className}` : '' };
        });
        if (!r) continue;
        if (seen.has(r.key)) continue;
        seen.add(r.key);
        if (!r.inView) problems.push(`${r.desc}: focused but off screen`);
        else if (r.covered) problems.push(`${r.desc}: covered by ${r.coveredBy}`);
        if (!r.outline) problems.push(`${r.desc}: no visible focus outline`);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
}
