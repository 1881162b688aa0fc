// The one inline script every page runs before it paints:
// - it marks that JavaScript runs and applies the reader's saved theme and reading mode, so the
//   page never flashes the wrong one;
// - on a plain navigation without a #fragment (not a deep link, reload or back/forward, which
//   land mid-page) it lets below-the-fold blocks skip rendering until needed (styles/offscreen.css);
// - it keeps the first paint to the HTML alone: the islands' modules (listed by
//   lib/site/defer-scripts.ts) and the web fonts are requested once the page's HTML is parsed
//   and, on a plain visit to its top, its first contentful paint has happened. A page never
//   changes its fonts once painted (styles/fonts.css): the first page is set in the
//   metric-matched local faces, the web fonts are fetched for the next, and once they have loaded
//   a flag says so; pages from then on use them from their first paint (styles/tokens.css), from
//   the cache. Embeds set no flag: they store nothing in their readers' browsers.
// - where the page offers "resume reading" (html[data-resume-slugs], see reader/ResumeNotice and
//   ResumeHome) and this browser holds a place worth resuming, it sets html[data-resume], so the
//   notice's room is kept from the first paint and its island only fills it in: the opening
//   never moves down under a returning reader's eyes. html[data-resume-plain] limits this to the
//   visits where the notice is offered (a plain navigation without a #fragment).
// Kept here, byte for byte, so that astro.config.mjs can put its hash in every page's CSP
// (Astro hashes the scripts it bundles, not inline ones).
import { createHash } from 'node:crypto';
import { ISLANDS_ID } from '../site/defer-scripts';
import { PLACE_PREFIX, RESUME_MAX, RESUME_MIN } from '../reader/place';

/** The flag that the web fonts have been loaded in this browser (so they are in its cache). */
export const FONTS_KEY = 'iron-river:fonts';

export const BOOT_SCRIPT = [
  '(function () {',
  "var d = document.documentElement; d.dataset.js = '';",
  "try { var t = localStorage.getItem('iron-river:theme'); if (t === 'light' || t === 'dark') d.dataset.theme = t;",
  " if (localStorage.getItem('iron-river:reading') === 'linear') d.dataset.reading = 'linear';",
  ` if (localStorage.getItem('${FONTS_KEY}') === '1') d.dataset.fonts = ''; } catch (e) {}`,
  "try { var n = performance.getEntriesByType('navigation')[0]; if (!location.hash && n && n.type === 'navigate') d.dataset.offscreen = ''; } catch (e) {}",
  "try { var r = d.getAttribute('data-resume-slugs'); if (r && (!d.hasAttribute('data-resume-plain') || 'offscreen' in d.dataset)) r.split(' ').forEach(function (slug) {",
  ` var p = JSON.parse(localStorage.getItem('${PLACE_PREFIX}' + slug) || 'null'); if (p && p.fraction >= ${RESUME_MIN} && p.fraction <= ${RESUME_MAX}) d.dataset.resume = ''; }); } catch (e) {}`,
  'function load() {',
  ` var list = document.getElementById('${ISLANDS_ID}');`,
  " if (list) JSON.parse(list.textContent).forEach(function (src) { var s = document.createElement('script'); s.type = 'module'; s.async = false; s.src = src; document.head.appendChild(s); });",
  " if (document.fonts && !('fonts' in d.dataset) && !('embed' in d.dataset)) Promise.all(['1em \"Source Serif 4\"', 'italic 1em \"Source Serif 4\"', '1em \"Source Sans 3\"'].map(function (f) { return document.fonts.load(f); })).then(function (faces) {",
  `  if (faces.every(function (f) { return f.length > 0; })) try { localStorage.setItem('${FONTS_KEY}', '1'); } catch (e) {} }, function () {});`,
  '}',
  // load() runs once the HTML is parsed and the first contentful paint has happened (or, where
  // paint timing is missing or the tab was hidden, a second after the load event). Visits that
  // land mid-page (a #fragment, a reload, back/forward: no data-offscreen) do not wait for the
  // paint: their modules are added as the HTML finishes parsing and so, as before, run before the
  // load event, settling a deep-linked step before the reader sees it.
  "var parsed = document.readyState !== 'loading', painted = !('offscreen' in d.dataset), started = false;",
  'function ready() { if (parsed && painted && !started) { started = true; load(); } }',
  "if (!parsed) document.addEventListener('DOMContentLoaded', function () { parsed = true; ready(); });",
  "try { new PerformanceObserver(function (list) { if (list.getEntriesByName('first-contentful-paint').length) { painted = true; ready(); } }).observe({ type: 'paint', buffered: true }); } catch (e) { painted = true; }",
  "addEventListener('load', function () { setTimeout(function () { parsed = painted = true; ready(); }, 1000); });",
  '})();',
].join('\n');

/** The CSP source for the boot script: 'sha256-…' without quotes, as Astro's config takes it. */
export const bootScriptHash = (): `sha256-${string}` => `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;
