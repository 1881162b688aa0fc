// Link and page integrity across the whole built site: every internal link and anchor
// resolves; titles are unique; every page has a language, a description, a canonical URL and
// one h1; every source URL is well formed; every page's own Content-Security-Policy allows
// exactly what its HTML loads (read from dist/ for every page, and in the browser for one page
// of each template, which also catches what scripts add at run time).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, expect, templatePages, test } from './fixtures';

const pages = builtPages();
const fileOf = (path: string) => join('dist', path.endsWith('/') ? `${path}index.html` : path);
const html = new Map(pages.map((p) => [p, readFileSync(fileOf(p), 'utf8')]));
const idsOf = (doc: string) => new Set([...doc.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

test('the built site is there to check (a missing dist/ must not pass as an empty site)', () => {
  expect(pages.length, 'HTML pages in dist/').toBeGreaterThan(20);
});

test('every internal link and anchor in the built site resolves', () => {
  const broken: string[] = [];
  for (const [page, doc] of html) {
    for (const [, href] of doc.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (/^(https?:|mailto:|data:)/.test(href!)) continue;
      const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${page}`);
      let target = url.pathname;
      if (!html.has(target)) {
        if (/\.(csv|json|png|svg|js|txt|xml)$/.test(target)) {
          try { readFileSync(join('dist', target)); continue; } catch { broken.push(`${page} → ${href} (no file)`); continue; }
        }
        broken.push(`${page} → ${href} (no page)`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !idsOf(html.get(target)!).has(id)) broken.push(`${page} → ${href} (no #${id})`);
    }
  }
  expect(broken).toEqual([]);
});

test('titles are unique; every page has a language, a description, a canonical URL and one h1', () => {
  const titles = new Map<string, string>();
  const problems: string[] = [];
  for (const [page, doc] of html) {
    const title = /<title>([^<]+)<\/title>/.exec(doc)?.[1];
    if (!title) problems.push(`${page}: no title`);
    else if (titles.has(title)) problems.push(`${page}: same title as ${titles.get(title)}`);
    else titles.set(title, page);
    if (!/<meta name="description" content="[^"]{20,}"/.test(doc)) problems.push(`${page}: no description`);
    if (!/<link rel="canonical" href="https?:\/\/[^"]+"/.test(doc)) problems.push(`${page}: no canonical URL`);
    if ((doc.match(/<h1[\s>]/g) ?? []).length !== 1) problems.push(`${page}: not exactly one h1`);
    if (!/<html[^>]* lang="(en|es)(-[A-Z]{2})?"/.test(doc)) problems.push(`${page}: no lang on <html>`);
  }
  expect(problems).toEqual([]);
});

test('every source URL is well formed', async () => {
  const { readContent } = await import('../../src/lib/content/read');
  const bad = readContent(process.cwd()).entries
    .filter((e) => e.collection === 'sources')
    .flatMap((e) => {
      const s = e.data as { url: string; archiveUrl?: string };
      return [s.url, s.archiveUrl].filter((u): u is string => Boolean(u)).filter((u) => {
        try {
          const url = new URL(u);
          return !/^https?:$/.test(url.protocol) || !url.hostname.includes('.') || /\s/.test(u);
        } catch { return true; }
      }).map((u) => `${e.file}: ${u}`);
    });
  expect(bad).toEqual([]);
});

/** The sources a CSP directive allows: its own list, else default-src's. */
function directive(csp: string, name: string): string[] {
  const all = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k!, v]));
  return all.get(name) ?? all.get('default-src') ?? [];
}
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test("every page's HTML loads only what its own Content-Security-Policy allows", () => {
  const problems: string[] = [];
  for (const [page, doc] of html) {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(doc)?.[1]?.replace(/&#39;/g, "'");
    if (!csp) { problems.push(`${page}: no CSP`); continue; }
    const scripts = directive(csp, 'script-src');
    const styles = directive(csp, 'style-src');
    for (const [, attrs, body] of doc.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attrs!)) {
        const src = /\bsrc="([^"]+)"/.exec(attrs!)![1]!;
        if (!src.startsWith('/')) problems.push(`${page}: script from ${src}`);
      } else if (!/type="application\/(ld\+)?json"/.test(attrs!) && !scripts.includes(sha(body!))) problems.push(`${page}: inline script not in script-src (${body!.slice(0, 40)}…)`);
    }
    for (const [, body] of doc.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
      if (!styles.includes(sha(body!)) && !styles.includes("'unsafe-inline'")) problems.push(`${page}: inline style not in style-src (${body!.slice(0, 40)}…)`);
    }
    if (/\sstyle="/.test(doc) && !styles.includes("'unsafe-inline'") && !styles.includes("'unsafe-hashes'")) problems.push(`${page}: a style attribute, which style-src refuses`);
    // What the page loads: links other than canonical/alternate addresses, images, media and frames.
    for (const [el, tag] of doc.matchAll(/<(link|img|source|iframe|audio|video)\b[^>]*>/g)) {
      if (tag === 'link' && /rel="(canonical|alternate)"/.test(el)) continue;
      for (const [, url] of el.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (!/^(\/|data:|#)/.test(url!)) problems.push(`${page}: <${tag}> loads ${url}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

// Scripts are the same in both editions: one English page of each template is enough at run time.
for (const url of templatePages().filter((p) => !p.startsWith('/es/'))) {
  test(`${url} works under its Content-Security-Policy (one page of its template)`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`)));
    await page.goto(url, { waitUntil: 'load' });
    await page.mouse.wheel(0, 2000);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(violations).toEqual([]);
  });
}
