// The one inline script every page runs before it paints: it marks that JavaScript runs and
// applies the reader's saved theme and reading mode, so the page never flashes the wrong one.
// On a plain navigation without a #fragment (not a deep link, reload or back/forward, which land
// mid-page) it lets below-the-fold blocks skip rendering until needed (styles/offscreen.css).
// Kept here, byte for byte, so that astro.config.mjs can put its hash in every page's CSP
// (Astro hashes the scripts it bundles, not inline ones).
import { createHash } from 'node:crypto';

export const BOOT_SCRIPT =
  "(function () { var d = document.documentElement; d.dataset.js = ''; try { var t = localStorage.getItem('iron-river:theme'); if (t === 'light' || t === 'dark') d.dataset.theme = t; if (localStorage.getItem('iron-river:reading') === 'linear') d.dataset.reading = 'linear'; } catch (e) {} try { var n = performance.getEntriesByType('navigation')[0]; if (!location.hash && n && n.type === 'navigate') d.dataset.offscreen = ''; } catch (e) {} })();";

/** The CSP source for the boot script: 'sha256-…' without quotes, as Astro's config takes it. */
export const bootScriptHash = (): `sha256-${string}` => `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;
