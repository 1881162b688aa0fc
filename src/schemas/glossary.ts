// One glossary term: content/glossary/<id>.json. Chapters list key terms by id and the
// <Term> component opens the definition in place, so a definition is written once.
import { z } from 'astro/zod';
import { IdSchema } from './common';

export const GlossaryTermSchema = z
  .object({
    id: IdSchema,
    term: z.string().min(2),
    definition: z.string().min(20).max(600).describe('Plain language, one to three sentences'),
    source: IdSchema.describe('Source id that supports the definition'),
    es: z.string().min(2).optional().describe('The usual Spanish term'),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
