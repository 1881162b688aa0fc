// The `_redirects` rules (Netlify's format, also read by other static hosts) that serve each
// edition's own not-found page for that edition's missing addresses: a host serves the root
// 404.html by default, and Astro writes the Spanish page at es/404/index.html, where no host
// looks for it on its own.
import { LOCALES, LOCALE_INFO, type Locale } from '../i18n/locales';

/** One 404 rewrite per edition under a URL prefix: `/es/*  /es/404/  404`. */
export function notFoundRedirects(locales: readonly Locale[] = LOCALES): string {
  return locales
    .map((l) => LOCALE_INFO[l].prefix)
    .filter((p) => p !== '')
    .map((p) => `${p}/*  ${p}/404/  404\n`)
    .join('');
}
