// The only place collections are declared. Shapes live in src/schemas (testable without
// Astro); cross-collection rules live in src/lib/content/integrity.ts and run before the build.
// English is the base edition, at the root of each content folder; another edition keeps its
// files under a folder named by its code (content/chapters/es/the-flow.mdx): whole chapters,
// guides and pages, and word-only overlays for datasets, sources, glossary terms and updates.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapterSchema } from './schemas/chapter';
import { ChartOverlaySchema, ChartSchema } from './schemas/chart';
import { DatasetSchema } from './schemas/dataset';
import { GlossaryTermSchema } from './schemas/glossary';
import { GuideSchema } from './schemas/guide';
import { HomeSchema } from './schemas/home';
import { PageSchema } from './schemas/page';
import { ShortSchema } from './schemas/short';
import { SourceSchema } from './schemas/source';
import { UnitSchema } from './schemas/unit';
import { UpdateSchema } from './schemas/update';
import { MapStateOverlaySchema, MapStateSchema } from './schemas/map-state';
import { DatasetOverlaySchema, GlossaryOverlaySchema, SourceOverlaySchema, UpdateOverlaySchema } from './schemas/overlays';

/** Base entries at the folder's root; edition overlays one folder down. */
const base = (dir: string, ext: string) => glob({ base: `./content/${dir}`, pattern: `*.${ext}` });
const editions = (dir: string, ext: string) => glob({ base: `./content/${dir}`, pattern: `*/*.${ext}` });

export const collections = {
  chapters: defineCollection({ loader: glob({ base: './content/chapters', pattern: '{*,*/*}.mdx' }), schema: ChapterSchema }),
  datasets: defineCollection({ loader: base('data', 'json'), schema: DatasetSchema }),
  sources: defineCollection({ loader: base('sources', 'json'), schema: SourceSchema }),
  glossary: defineCollection({ loader: base('glossary', 'json'), schema: GlossaryTermSchema }),
  updates: defineCollection({ loader: base('updates', 'json'), schema: UpdateSchema }),
  teaching: defineCollection({ loader: glob({ base: './content/teaching', pattern: '{*,*/*}.json' }), schema: GuideSchema }),
  home: defineCollection({ loader: glob({ base: './content/home', pattern: '*.mdx' }), schema: HomeSchema }),
  short: defineCollection({ loader: glob({ base: './content/short', pattern: '{*,*/*}.mdx' }), schema: ShortSchema }),
  unit: defineCollection({ loader: glob({ base: './content/unit', pattern: '{*,*/*}.json' }), schema: UnitSchema }),
  pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '{*,*/*}.mdx' }), schema: PageSchema }),
  maps: defineCollection({ loader: base('maps', 'json'), schema: MapStateSchema }),
  datasetText: defineCollection({ loader: editions('data', 'json'), schema: DatasetOverlaySchema }),
  sourceText: defineCollection({ loader: editions('sources', 'json'), schema: SourceOverlaySchema }),
  glossaryText: defineCollection({ loader: editions('glossary', 'json'), schema: GlossaryOverlaySchema }),
  updateText: defineCollection({ loader: editions('updates', 'json'), schema: UpdateOverlaySchema }),
  mapText: defineCollection({ loader: editions('maps', 'json'), schema: MapStateOverlaySchema }),
  charts: defineCollection({ loader: base('charts', 'json'), schema: ChartSchema }),
  chartText: defineCollection({ loader: editions('charts', 'json'), schema: ChartOverlaySchema }),
};
