/// <reference types="vitest/config" />
// Unit tests: schemas, integrity rules, note numbering, layouts. Astro's getViteConfig
// gives the same aliases and the astro/zod module the site uses.
import { getViteConfig } from 'astro/config';

// Files that replace modules with vi.mock run each in a module graph of its own; a mock that
// outlived its file could change what the next file imports (and so which tests it collects).
const MOCKING = ['tests/unit/svg/map.test.ts', 'tests/unit/reader/card-graphic.test.ts'];

export default getViteConfig({
  test: {
    root: '.',
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'mocking', include: MOCKING, isolate: true } },
      // The rest share one module graph per worker instead of one per file: about 15 s less on
      // this 2-core machine, time the browser stage needs.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: MOCKING, isolate: false } },
    ],
  },
});
