import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOOTER_LINKS, HEADER_LINKS } from '../../../src/lib/reader/nav';
import { t } from '../../../src/lib/i18n/messages';
import { LOCALES } from '../../../src/lib/i18n/locales';

/** A page exists as its own route file, or as a prose page in content/pages (served by [page].astro). */
const pageFile = (page: string) =>
  ['astro', 'ts'].some((ext) => existsSync(`src/pages/[...locale]/${page || 'index'}.${ext}`) || existsSync(`src/pages/[...locale]/${page}/index.${ext}`)) ||
  (existsSync('src/pages/[...locale]/[page].astro') && existsSync(`content/pages/${page}.mdx`));

describe('site navigation', () => {
  it('links only to pages that exist in every edition', () => {
    for (const link of FOOTER_LINKS) expect(pageFile(link.page), link.page).toBe(true);
  });
  it('has a label in every edition, different between editions', () => {
    for (const link of HEADER_LINKS) {
      const labels = LOCALES.map((l) => t(l)(link.label));
      labels.forEach((label) => expect(label.length).toBeGreaterThan(2));
      expect(new Set(labels).size, link.label).toBe(LOCALES.length);
    }
  });
  it('puts the corrections and reuse pages in the footer only', () => {
    expect(FOOTER_LINKS.slice(0, HEADER_LINKS.length)).toEqual(HEADER_LINKS);
    expect(FOOTER_LINKS.map((l) => l.page)).toEqual(expect.arrayContaining(['corrections', 'reuse']));
  });
});
