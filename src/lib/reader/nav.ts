// Site navigation: the header and footer links, each shown only when its page exists in
// src/pages, so a link is never broken while a page is still being written.

export interface NavLink {
  href: string;
  label: string;
}

export const HEADER_LINKS: readonly NavLink[] = [
  { href: '/', label: 'Chapters' },
  { href: '/data/', label: 'Data' },
  { href: '/sources/', label: 'Sources' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/methodology/', label: 'Methodology' },
  { href: '/teachers/', label: 'For teachers' },
  { href: '/about/', label: 'About' },
];

export const FOOTER_LINKS: readonly NavLink[] = [
  ...HEADER_LINKS,
  { href: '/corrections/', label: 'Corrections' },
  { href: '/reuse/', label: 'Reuse and republishing' },
];

/**
 * Whether a route like "/teachers/" has a page among `files` (paths of src/pages/*.astro as
 * import.meta.glob reports them, e.g. "../../pages/teachers.astro" or ".../teachers/index.astro").
 */
export function routeExists(href: string, files: readonly string[]): boolean {
  const path = href.replace(/^\/|\/$/g, '');
  const candidates = path === '' ? ['index'] : [path, `${path}/index`];
  return files.some((f) => {
    const rel = f.replace(/^.*?\/pages\//, '').replace(/\.(astro|md|mdx|ts)$/, '');
    return candidates.includes(rel);
  });
}

/** The links whose pages exist. */
export const existing = (links: readonly NavLink[], files: readonly string[]): NavLink[] => links.filter((l) => routeExists(l.href, files));
