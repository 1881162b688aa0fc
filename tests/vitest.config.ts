/// <reference types="vitest/config" />
// Unit tests: schemas, integrity rules, note numbering, layouts. Astro's getViteConfig
// gives the same aliases and the astro/zod module the site uses.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
