// `npm run bench`: what a reader feels, measured on the built site (not pass/fail).
// 1. Lighthouse (mobile preset, system Chromium), three runs per page (home and every chapter),
//    median of each figure: the four category scores, LCP, CLS, TBT, DOM size, the main-thread
//    breakdown (style and layout, parsing, script…; whole load and before first paint) and the
//    LCP breakdown (time to first byte, resource load, element render delay), font bytes.
// 2. Playwright, on a phone-sized page: how many scroll-step changes happen while scrolling each
//    page from top to bottom, the longest time from a scroll to the figure's new state, and
//    every long task (> 50 ms) on the main thread.
// Compares with the last recorded run (tests/bench/baseline.json) and flags regressions.
// Prints a table and writes test-results/bench/bench-<date>.json.
// Options: --no-build (use dist/ as it is), --dist <dir> (bench another build), --runs <n>,
// --save-baseline (record this run as tests/bench/baseline.json), BENCH_PORT (default 4322).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const DIST = arg('--dist', 'dist');
const RUNS = Number(arg('--runs', 3));
const PORT = Number(process.env.BENCH_PORT ?? 4322);
const BASE = `http://127.0.0.1:${PORT}`;
const BASELINE = 'tests/bench/baseline.json';
const CHROME = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];

if (!process.argv.includes('--no-build') && !process.argv.includes('--dist')) {
  const r = spawnSync('astro', ['build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const chapters = readdirSync(join(DIST, 'chapters')).map((slug) => `/chapters/${slug}/`).sort();
const pages = ['/', ...chapters];

// A plain static server for the build, doing what any static host does: /path/ → /path/index.html,
// and gzip for text when the browser asks (Lighthouse's simulated network is slow enough that an
// uncompressed page would measure the server, not the page).
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.xml': 'application/xml', '.txt': 'text/plain', '.csv': 'text/csv' };
const server = createServer((req, res) => {
  let file = join(DIST, normalize(decodeURIComponent(new URL(req.url, BASE).pathname)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (/^(text|application\/(json|xml))|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    res.end(gzipSync(readFileSync(file)));
    return;
  }
  res.writeHead(200, { 'content-type': type });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(PORT, '127.0.0.1', r));

const median = (xs) => { const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };

async function runLighthouse(path) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const { lhr } = await lighthouse(`${BASE}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const audit = (a) => lhr.audits[a] ?? {};
    const num = (a) => audit(a).numericValue ?? NaN;
    const items = (a) => audit(a).details?.items ?? [];
    const slowdown = lhr.configSettings.throttlingMethod === 'simulate' ? lhr.configSettings.throttling.cpuSlowdownMultiplier : 1;
    // Main-thread time by category (already scaled by Lighthouse's CPU slowdown).
    const mainThread = Object.fromEntries(items('mainthread-work-breakdown').map((i) => [i.group, Math.round(i.duration)]));
    // Main-thread work of top-level tasks that started before the first paint (observed trace
    // times, scaled by the same slowdown so they compare with the breakdown above).
    const fcpObserved = items('metrics')[0]?.observedFirstContentfulPaint ?? NaN;
    const beforePaint = items('main-thread-tasks').filter((t) => t.startTime < fcpObserved).reduce((s, t) => s + Math.min(t.duration, fcpObserved - t.startTime), 0) * slowdown;
    const lcpParts = Object.fromEntries((items('lcp-breakdown-insight').find((i) => i.type === 'table')?.items ?? items('lcp-breakdown-insight')).filter((i) => i.subpart).map((i) => [i.subpart, Math.round(i.duration)]));
    const fontBytes = items('network-requests').filter((r) => r.resourceType === 'Font').reduce((s, r) => s + (r.transferSize ?? 0), 0);
    return {
      performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
      fcpMs: Math.round(num('first-contentful-paint')), lcpMs: Math.round(num('largest-contentful-paint')), cls: Number(num('cumulative-layout-shift').toFixed(3)), tbtMs: Math.round(num('total-blocking-time')),
      domElements: num('dom-size-insight') || num('dom-size'), mainThreadMs: Math.round(num('mainthread-work-breakdown')), mainThreadBeforePaintMs: Math.round(beforePaint),
      mainThread, lcpParts, fontKB: Number((fontBytes / 1024).toFixed(1)), htmlKB: Number(((items('network-requests').find((r) => r.resourceType === 'Document')?.transferSize ?? 0) / 1024).toFixed(1)),
    };
  } finally {
    await chrome.kill();
  }
}

// The median run of each figure; breakdowns are taken from the run with the median LCP.
function medianOf(runs) {
  const out = {};
  for (const k of Object.keys(runs[0])) {
    if (typeof runs[0][k] === 'number') out[k] = median(runs.map((r) => r[k]));
  }
  const byLcp = [...runs].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor((runs.length - 1) / 2)];
  return { ...out, mainThread: byLcp.mainThread, lcpParts: byLcp.lcpParts, runs: runs.map((r) => ({ performance: r.performance, lcpMs: r.lcpMs, tbtMs: r.tbtMs, cls: r.cls })) };
}

async function scrollProfile(browser, path) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
  // Every change of a scroll figure's active step, timed from the scroll that caused it.
  const stepTimes = await page.evaluate(async () => {
    const times = [];
    let lastScroll = performance.now();
    addEventListener('scroll', () => { lastScroll = performance.now(); }, { passive: true });
    const observers = [...document.querySelectorAll('story-scrolly')].map((s) => {
      const mo = new MutationObserver(() => times.push(performance.now() - lastScroll));
      mo.observe(s, { attributes: true, attributeFilter: ['data-active-step'] });
      return mo;
    });
    const height = document.documentElement.scrollHeight;
    for (let y = 0; y < height; y += 120) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
    observers.forEach((o) => o.disconnect());
    return times;
  });
  const longTasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  const max = stepTimes.length ? Math.max(...stepTimes) : 0;
  return { stepChanges: stepTimes.length, maxStepChangeMs: Number(max.toFixed(1)), longTasksOver50ms: longTasks.filter((d) => d > 50).length };
}

const results = [];
const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => !f.startsWith('--headless')) });
for (const path of pages) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(path));
  const scroll = await scrollProfile(browser, path);
  results.push({ path, ...medianOf(runs), ...scroll });
  console.log(`measured ${path}`);
}
await browser.close();
server.close();

const targets = { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1200, cls: 0, tbtMs: 50, longTasksOver50ms: 0 };
const lowerIsBetter = new Set(['lcpMs', 'cls', 'tbtMs', 'longTasksOver50ms']);
const cols = [
  ['path', 30, (r) => r.path], ['perf', 5, (r) => r.performance], ['a11y', 5, (r) => r.accessibility], ['bp', 4, (r) => r.bestPractices], ['seo', 4, (r) => r.seo],
  ['FCP', 6, (r) => r.fcpMs], ['LCP', 6, (r) => r.lcpMs], ['CLS', 6, (r) => r.cls], ['TBT', 5, (r) => r.tbtMs], ['DOM', 6, (r) => r.domElements],
  ['main', 6, (r) => r.mainThreadMs], ['pre-FCP', 8, (r) => r.mainThreadBeforePaintMs], ['style+layout', 13, (r) => r.mainThread?.styleLayout ?? 0], ['parse', 6, (r) => r.mainThread?.parseHTML ?? 0],
  ['LCP ttfb/render', 16, (r) => `${r.lcpParts?.timeToFirstByte ?? '–'}/${r.lcpParts?.elementRenderDelay ?? '–'}`], ['fontKB', 7, (r) => r.fontKB], ['htmlKB', 7, (r) => r.htmlKB],
  ['steps', 6, (r) => r.stepChanges], ['→state', 7, (r) => r.maxStepChangeMs], ['long', 4, (r) => r.longTasksOver50ms],
];
console.log(`\nMedian of ${RUNS} Lighthouse runs (ms unless noted; main = main-thread total, pre-FCP = main thread before first paint, both with the 4x CPU slowdown; LCP ttfb/render = observed, unthrottled LCP breakdown; KB = transferred)`);
console.log(cols.map(([h, w]) => h.padEnd(w)).join(' '));
for (const r of results) console.log(cols.map(([, w, f]) => String(f(r)).padEnd(w)).join(' '));

const misses = results.flatMap((r) => Object.entries(targets).filter(([k, t]) => (lowerIsBetter.has(k) ? r[k] > t : r[k] < t)).map(([k]) => `${r.path} ${k}=${r[k]}`));
console.log(misses.length ? `\nBelow target: ${misses.join('; ')}` : '\nEvery page meets every target.');

// Regressions against the recorded run: a worse median by more than the noise allowance.
const ALLOW = { performance: 2, lcpMs: 150, tbtMs: 50, cls: 0.005, domElements: 50, mainThreadMs: 250, mainThreadBeforePaintMs: 150, fontKB: 1, htmlKB: 1 };
const higherIsBetter = new Set(['performance']);
let regressions = [];
if (existsSync(BASELINE)) {
  const base = JSON.parse(readFileSync(BASELINE, 'utf8'));
  for (const r of results) {
    const b = base.results.find((x) => x.path === r.path);
    if (!b) continue;
    for (const [k, allow] of Object.entries(ALLOW)) {
      if (!Number.isFinite(b[k]) || !Number.isFinite(r[k])) continue;
      const worse = higherIsBetter.has(k) ? b[k] - r[k] : r[k] - b[k];
      if (worse > allow) regressions.push(`${r.path} ${k} ${b[k]} → ${r[k]}`);
    }
  }
  console.log(regressions.length ? `\nREGRESSIONS against ${BASELINE} (${base.date.slice(0, 10)}):\n  ${regressions.join('\n  ')}` : `\nNo regressions against ${BASELINE} (${base.date.slice(0, 10)}).`);
} else {
  console.log(`\nNo ${BASELINE} yet: run with --save-baseline to record one.`);
}
const report = { date: new Date().toISOString(), chromium: CHROME, runs: RUNS, dist: DIST, targets, results, regressions };
mkdirSync('test-results/bench', { recursive: true });
const file = `test-results/bench/bench-${report.date.slice(0, 16).replace(':', '')}.json`;
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
if (process.argv.includes('--save-baseline')) writeFileSync(BASELINE, `${JSON.stringify(report, null, 2)}\n`);
console.log(`report: ${file}${process.argv.includes('--save-baseline') ? `; recorded as ${BASELINE}` : ''}`);
