// One dated entry in the corrections and updates log: content/updates/<id>.json. Shown
// site-wide on /corrections/ and on each chapter it concerns.
import { z } from 'astro/zod';
import { DaySchema, IdSchema } from './common';

export const UpdateSchema = z
  .object({
    id: IdSchema,
    date: DaySchema,
    kind: z.enum(['launch', 'correction', 'update', 'clarification']),
    chapters: z.array(IdSchema).default([]).describe('Chapter slugs this entry concerns; empty for the whole site'),
    summary: z.string().min(20).describe('What changed and why, in plain language'),
    sources: z.array(IdSchema).default([]).describe('Sources behind the change, if any'),
  })
  .strict();

export type Update = z.infer<typeof UpdateSchema>;
