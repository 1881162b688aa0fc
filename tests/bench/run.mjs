// `npm run bench`: what a reader feels, measured on the built site (not pass/fail).
// 1. Lighthouse (mobile preset, system Chromium) on the home page and every chapter:
//    the four category scores, LCP, CLS and TBT.
// 2. Playwright, on a phone-sized page: how many scroll-step changes happen while scrolling each
//    page from top to bottom, the longest time from a scroll to the figure's new state, and
//    every long task (> 50 ms) on the main thread.
// Prints a table and writes test-results/bench/bench-<date>.json. Builds first unless --no-build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';

const PORT = 4322;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROME = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];

if (!process.argv.includes('--no-build')) {
  const r = spawnSync('astro', ['build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const chapters = readdirSync('dist/chapters').map((slug) => `/chapters/${slug}/`).sort();
const pages = ['/', ...chapters];

const server = spawn('astro', ['preview', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore' });
const stop = () => server.kill();
process.on('exit', stop);
for (let i = 0; i < 60; i++) {
  try { if ((await fetch(BASE)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 500));
}

async function runLighthouse(path) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const { lhr } = await lighthouse(`${BASE}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const num = (a) => lhr.audits[a]?.numericValue ?? NaN;
    return {
      performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
      lcpMs: Math.round(num('largest-contentful-paint')), cls: Number(num('cumulative-layout-shift').toFixed(3)), tbtMs: Math.round(num('total-blocking-time')),
    };
  } finally {
    await chrome.kill();
  }
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
  const lh = await runLighthouse(path);
  const scroll = await scrollProfile(browser, path);
  results.push({ path, ...lh, ...scroll });
  console.log(`measured ${path}`);
}
await browser.close();
stop();

const targets = { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1000, cls: 0.01, tbtMs: 50, longTasksOver50ms: 0 };
console.log('\npath                              perf  a11y  bp   seo   LCP ms  CLS    TBT ms  steps  scroll→state ms  long tasks');
for (const r of results) {
  console.log(`${r.path.padEnd(34)}${String(r.performance).padEnd(6)}${String(r.accessibility).padEnd(6)}${String(r.bestPractices).padEnd(5)}${String(r.seo).padEnd(6)}${String(r.lcpMs).padEnd(8)}${String(r.cls).padEnd(7)}${String(r.tbtMs).padEnd(8)}${String(r.stepChanges).padEnd(7)}${String(r.maxStepChangeMs).padEnd(17)}${r.longTasksOver50ms}`);
}
const misses = results.flatMap((r) => Object.entries(targets).filter(([k, t]) => (['lcpMs', 'cls', 'tbtMs', 'longTasksOver50ms'].includes(k) ? r[k] > t : r[k] < t)).map(([k]) => `${r.path} ${k}=${r[k]}`));
console.log(misses.length ? `\nBelow target: ${misses.join('; ')}` : '\nEvery page meets every target.');
mkdirSync('test-results/bench', { recursive: true });
const file = `test-results/bench/bench-${new Date().toISOString().slice(0, 10)}.json`;
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), chromium: CHROME, targets, results }, null, 2)}\n`);
console.log(`report: ${file}`);
