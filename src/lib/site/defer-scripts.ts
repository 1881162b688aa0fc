// Takes the islands' module scripts out of a built page's loading path. Astro links one module
// per island where the island sits (<script type="module" src>); the browser would request them
// all while the HTML still streams in, and on a slow link they share its bandwidth before the
// first paint. This moves them into one list at the end of <body>, which the boot script
// (lib/security/boot-script.ts) loads, in order, just after the first paint. Islands only
// switch states on markup that is already there, so the page reads the same until they run.

/** The id of the list of module URLs the boot script loads. */
export const ISLANDS_ID = 'ir-islands';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The page with its linked module scripts replaced by one list, or the page as it is if it links none. */
export function deferModuleScripts(html: string): string {
  const sources: string[] = [];
  const rest = html.replace(MODULE_SCRIPT, (_tag, src: string) => {
    if (!sources.includes(src)) sources.push(src);
    return '';
  });
  if (sources.length === 0) return html;
  const end = rest.lastIndexOf('</body>');
  if (end < 0) throw new Error('a page that links module scripts has no </body>');
  const list = `<script type="application/json" id="${ISLANDS_ID}">${JSON.stringify(sources).replaceAll('<', '\\u003c')}</script>`;
  return `${rest.slice(0, end)}${list}${rest.slice(end)}`;
}
