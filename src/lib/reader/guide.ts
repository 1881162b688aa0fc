// The teacher's guide for one chapter: content/teaching/<chapter slug>.json holds its learning
// goals, activities (with the datasets students download) and an optional content note.
// Guide prose carries no numbers: figures come from the sourced chapter and its data.
import { z } from 'astro/zod';
import { IdSchema } from '../../schemas/common';

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

/** Validates one guide file; throws naming the file and every problem. */
export function parseGuide(file: string, data: unknown): Guide {
  const result = GuideSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`${file} is not a valid teacher's guide:\n${lines}`);
  }
  const slug = file.split('/').pop()!.replace(/\.json$/, '');
  if (result.data.chapter !== slug) throw new Error(`${file}: "chapter" is "${result.data.chapter}" but the file is named for "${slug}"`);
  return result.data;
}

/** Minutes allowed per discussion question. */
export const MINUTES_PER_QUESTION = 5;

/** How long a chapter takes in class: reading, discussing its questions, and its activities. */
export function lessonTime(readingMinutes: number, questions: number, activities: readonly Pick<Activity, 'minutes'>[]) {
  const discussion = questions * MINUTES_PER_QUESTION;
  const activity = activities.reduce((sum, a) => sum + a.minutes, 0);
  return { reading: readingMinutes, discussion, activities: activity, total: readingMinutes + discussion + activity };
}
