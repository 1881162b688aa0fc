// A teacher's guide (content/teaching/<chapter slug>.json): learning goals, activities with the
// datasets students download, and an optional content note. Guide prose carries no numbers:
// figures come from the sourced chapter and its data. src/lib/content/integrity.ts checks that
// its chapter and datasets exist and that every chapter has one.
import { z } from 'astro/zod';
import { IdSchema } from './common';

const Prose = (min: number) =>
  z
    .string()
    .min(min)
    .refine((s) => !/\d/.test(s), 'no digits in guide text: numbers belong in the sourced chapter and its datasets');

export const ActivitySchema = z
  .object({
    title: Prose(5),
    minutes: z.number().int().min(5).max(90),
    datasets: z.array(IdSchema).default([]).describe('Datasets the students download (CSV/JSON from /data/)'),
    steps: z.array(Prose(10)).min(1),
    produces: Prose(10).describe('What students hand in or show'),
  })
  .strict();

export const GuideSchema = z
  .object({
    chapter: IdSchema.describe('Same as the file name and the chapter slug'),
    contentNote: Prose(20).optional().describe('What a teacher should know before assigning the chapter'),
    goals: z.array(Prose(20)).min(2).max(5).describe('What students can do after the chapter'),
    activities: z.array(ActivitySchema).min(1).max(3),
  })
  .strict();

export type Guide = z.infer<typeof GuideSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
