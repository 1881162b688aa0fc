// The islands' module scripts leave a built page's loading path: every linked module is moved,
// once and in order, into the list the boot script loads after the first paint.
import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT } from '../../../src/lib/security/boot-script';
import { deferModuleScripts, ISLANDS_ID } from '../../../src/lib/site/defer-scripts';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('deferModuleScripts', () => {
  it('moves every linked module, in order and once, into one list at the end of the body', () => {
    const html = page('<p>a</p><script type="module" src="/_astro/a.js"></script><p>b</p><script type="module" src="/_astro/b.js"></script><script type="module" src="/_astro/a.js"></script>');
    const out = deferModuleScripts(html);
    expect(out).not.toContain('<script type="module" src=');
    expect(out).toContain(`<p>a</p><p>b</p><script type="application/json" id="${ISLANDS_ID}">["/_astro/a.js","/_astro/b.js"]</script></body>`);
  });

  it('leaves inline modules, classic scripts and pages without modules as they are', () => {
    const html = page('<script type="module">customElements.define("x-y", class extends HTMLElement {})</script><script>1</script>');
    expect(deferModuleScripts(html)).toBe(html);
  });

  it('keeps a "<" in a URL from closing the list early', () => {
    const out = deferModuleScripts(page('<script type="module" src="/_astro/a</script>.js"></script>'));
    expect(out).toContain('["/_astro/a\\u003c/script>.js"]');
  });

  it('is read by the boot script under the same id', () => {
    expect(BOOT_SCRIPT).toContain(`getElementById('${ISLANDS_ID}')`);
  });
});
