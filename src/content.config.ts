// The only place collections are declared. Shapes live in src/schemas (testable without
// Astro); cross-collection rules live in src/lib/content/integrity.ts and run before the build.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapterSchema } from './schemas/chapter';
import { DatasetSchema } from './schemas/dataset';
import { GlossaryTermSchema } from './schemas/glossary';
import { GuideSchema } from './schemas/guide';
import { HomeSchema } from './schemas/home';
import { SourceSchema } from './schemas/source';
import { UpdateSchema } from './schemas/update';

export const collections = {
  chapters: defineCollection({ loader: glob({ base: './content/chapters', pattern: '*.mdx' }), schema: ChapterSchema }),
  datasets: defineCollection({ loader: glob({ base: './content/data', pattern: '*.json' }), schema: DatasetSchema }),
  sources: defineCollection({ loader: glob({ base: './content/sources', pattern: '*.json' }), schema: SourceSchema }),
  glossary: defineCollection({ loader: glob({ base: './content/glossary', pattern: '*.json' }), schema: GlossaryTermSchema }),
  updates: defineCollection({ loader: glob({ base: './content/updates', pattern: '*.json' }), schema: UpdateSchema }),
  teaching: defineCollection({ loader: glob({ base: './content/teaching', pattern: '*.json' }), schema: GuideSchema }),
  home: defineCollection({ loader: glob({ base: './content/home', pattern: '*.mdx' }), schema: HomeSchema }),
};
