// Builds the `_headers` file static hosts (Netlify, Cloudflare Pages and compatible) read:
// security headers for every path, each page's own CSP (its meta policy plus the directives
// a meta tag cannot carry), long caching for hashed assets and short caching for pages. Pure.

export interface PagePolicy {
  /** URL path, e.g. "/chapters/the-flow/". */
  path: string;
  /** The policy from the page's <meta http-equiv="content-security-policy">. */
  csp: string;
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Embeds may be framed by any site; every other page only by this one. */
export function frameAncestors(path: string): string {
  return path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'";
}

/** The page's header CSP: its meta policy, plus frame-ancestors and upgrade-insecure-requests. */
export function headerCsp(page: PagePolicy): string {
  const directives = page.csp.split(';').map((d) => d.trim()).filter(Boolean);
  return [...directives, frameAncestors(page.path), 'upgrade-insecure-requests'].join('; ');
}

/** Extracts the CSP from a built HTML page, or null when it has none. */
export function metaCsp(html: string): string | null {
  const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  return m ? m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"') : null;
}

const block = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');

export function headersFile(pages: PagePolicy[]): string {
  const blocks = [
    block('/*', SECURITY_HEADERS),
    block('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    block('/data/*', { 'Cache-Control': 'public, max-age=3600', 'Access-Control-Allow-Origin': '*' }),
    ...[...pages]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((p) => block(p.path, { 'Content-Security-Policy': headerCsp(p), 'Cache-Control': 'public, max-age=300, must-revalidate' })),
  ];
  return `${blocks.join('\n\n')}\n`;
}
