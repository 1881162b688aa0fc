// The home page's words: content/home/<locale>.mdx. Front matter holds the standfirst and the
// page description; the body is the lede, a scene from published reporting, with its notes
// numbered like a chapter's (remark-chapter), so the first thing a reader meets is sourced.
import { z } from 'astro/zod';
import { IdSchema } from './common';

export const HomeSchema = z
  .object({
    dek: z.string().min(20).max(320).describe('The standfirst under the masthead'),
    description: z.string().min(40).max(200).describe('The page description for search engines and share cards'),
    sources: z.array(IdSchema).min(1).describe('Every source the lede cites'),
    bottomLine: z
      .object({ chapter: IdSchema, section: IdSchema, label: z.string().min(3) })
      .strict()
      .describe('The section that closes the story (what we know, what we do not, what is happening now), linked from every chapter'),
  })
  .strict();

export type Home = z.infer<typeof HomeSchema>;
