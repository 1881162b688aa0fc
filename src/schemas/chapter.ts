// Chapter front matter (content/chapters/<slug>.mdx). The file name is the stable URL slug.
// Ids point at other collections; src/lib/content/integrity.ts checks that they exist.
import { z } from 'astro/zod';
import { FrontmatterDaySchema, IdSchema } from './common';

export const ChapterSchema = z
  .object({
    title: z.string().min(3),
    dek: z.string().min(10).max(240).describe('One-sentence standfirst under the title'),
    order: z.number().int().positive(),
    summary: z.string().min(40).max(600).describe('Plain-language summary for readers and teachers'),
    published: FrontmatterDaySchema,
    updated: FrontmatterDaySchema.describe('Last substantive update; shown on the page'),
    keyTerms: z.array(IdSchema).min(1).describe('Glossary ids'),
    questions: z.array(z.string().min(10)).min(1).describe('Discussion questions'),
    sources: z.array(IdSchema).min(1).describe('Every source the chapter cites, directly or through <Fact>'),
    datasets: z.array(IdSchema).default([]).describe('Every dataset the chapter draws on'),
    keyFigure: IdSchema.optional().describe('Id of the figure drawn on the share card (default: the first figure)'),
    siteCard: z.boolean().default(false).describe("Its key figure is also drawn on the site-wide share card (at most one chapter)"),
  })
  .strict()
  .refine((c) => c.updated >= c.published, { message: 'updated must not be earlier than published', path: ['updated'] });

export type Chapter = z.infer<typeof ChapterSchema>;
