// Site configuration. Logic lives in src/; this file only wires integrations and the
// markdown pipeline (the unified processor is used because the chapter checks are remark plugins).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import contentIntegrity from './src/integrations/content-integrity.ts';
import remarkChapter from './src/lib/notes/remark-chapter.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://iron-river.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins: [[remarkChapter, { root }]] }),
  },
  integrations: [contentIntegrity(), mdx()],
  devToolbar: { enabled: false },
});
