// Navigation lists only pages that exist.
import { describe, expect, it } from 'vitest';
import { existing, FOOTER_LINKS, HEADER_LINKS, routeExists } from '../../../src/lib/reader/nav';

const files = ['../../pages/index.astro', '../../pages/glossary.astro', '../../pages/data/index.astro', '../../pages/chapters/[slug].astro'];

describe('routeExists(href, files)', () => {
  it('finds flat and folder pages and the home page', () => {
    expect(routeExists('/', files)).toBe(true);
    expect(routeExists('/glossary/', files)).toBe(true);
    expect(routeExists('/data/', files)).toBe(true);
  });
  it('does not invent pages', () => {
    expect(routeExists('/about/', files)).toBe(false);
    expect(routeExists('/chapters/', files)).toBe(false);
  });
});

describe('navigation lists', () => {
  it('keep their order and drop missing pages', () => {
    expect(existing(HEADER_LINKS, files).map((l) => l.label)).toEqual(['Chapters', 'Data', 'Glossary']);
  });
  it('put corrections and reuse in the footer only', () => {
    expect(HEADER_LINKS.map((l) => l.href)).not.toContain('/corrections/');
    expect(FOOTER_LINKS.map((l) => l.href)).toEqual(expect.arrayContaining(['/corrections/', '/reuse/']));
  });
});
