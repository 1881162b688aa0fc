// _headers generation: every page gets its own CSP with the header-only directives,
// embeds alone may be framed by other sites, hashed assets cache for a year.
import { describe, expect, it } from 'vitest';
import { headerCsp, headersFile, metaCsp } from '../../../src/lib/security/headers';
import { notFoundRedirects } from '../../../src/lib/site/not-found';

const CSP = "default-src 'self';script-src 'self' 'sha256-abc='";

describe('headers', () => {
  it('reads the meta policy from built HTML', () => {
    expect(metaCsp(`<meta http-equiv="content-security-policy" content="${CSP}">`)).toBe(CSP);
    expect(metaCsp('<html></html>')).toBeNull();
  });
  it('adds frame-ancestors: self for pages, any site for embeds', () => {
    expect(headerCsp({ path: '/chapters/the-flow/', csp: CSP })).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'self'; upgrade-insecure-requests");
    expect(headerCsp({ path: '/embed/trace-chart/', csp: CSP })).toContain('frame-ancestors *');
  });
  it('writes security headers for all paths and one block per page', () => {
    const file = headersFile([{ path: '/b/', csp: CSP }, { path: '/', csp: CSP }]);
    expect(file).toMatch(/^\/\*\n {2}Strict-Transport-Security: /);
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file.indexOf('\n/\n')).toBeLessThan(file.indexOf('\n/b/\n'));
    expect(file).not.toContain("'unsafe-inline'");
  });
});

describe('_redirects', () => {
  it("serves each prefixed edition's own not-found page for its missing addresses, and none for the root edition", () => {
    expect(notFoundRedirects(['en', 'es'])).toBe('/es/*  /es/404/  404\n');
    expect(notFoundRedirects(['en'])).toBe('');
  });
});
