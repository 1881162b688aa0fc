// The unit plan across chapters (content/unit/unit.json; the Spanish edition in
// content/unit/es/unit.json): three to five days that put the human cost early, one summative
// document-based task (four of the site's figures and three quoted voices from both sides, with
// a four-point rubric) and differentiation notes. src/lib/content/classroom.ts checks every
// chapter, figure, quotation and source it names against the chapters.
import { z } from 'astro/zod';
import { IdSchema } from './common';
import { PERIOD_MINUTES } from './guide';

const Prose = (min: number) =>
  z
    .string()
    .min(min)
    .refine((s) => !/\d/.test(s), 'no digits in unit text: numbers belong in the sourced chapters and their datasets');

const SegmentSchema = z.object({ minutes: z.number().int().min(2).max(45), activity: Prose(10) }).strict();

export const UnitDaySchema = z
  .object({
    title: Prose(5),
    chapters: z.array(IdSchema).min(1).describe('Chapter slugs the day uses'),
    goal: Prose(20),
    steps: z
      .array(SegmentSchema)
      .min(2)
      .refine((s) => s.reduce((sum, x) => sum + x.minutes, 0) <= PERIOD_MINUTES, `a day must fit one ${PERIOD_MINUTES}-minute period`),
    homework: Prose(10).optional(),
  })
  .strict();

export const VoiceSchema = z
  .object({
    speaker: z.string().min(3).describe('Name, as the chapter gives it'),
    role: Prose(5).describe('Who they are, in a few words'),
    side: z.enum(['mexico', 'united-states']).describe('Which side of the border the voice speaks from'),
    quote: z.string().min(10).describe("Copied from the chapter's text, word for word, without the quotation marks"),
    chapter: IdSchema,
    source: IdSchema.describe('The source the chapter cites for the quotation'),
  })
  .strict();

export const UnitSchema = z
  .object({
    title: Prose(5),
    intro: Prose(40),
    days: z.array(UnitDaySchema).min(3).max(5),
    task: z
      .object({
        title: Prose(5),
        prompt: Prose(40),
        figures: z.array(IdSchema).length(4).describe("Figure ids from the chapters"),
        voices: z.array(VoiceSchema).length(3),
        rubric: z
          .array(z.object({ score: z.number().int().min(1).max(4), label: Prose(3), descriptor: Prose(30) }).strict())
          .length(4)
          .refine((r) => [...r.map((x) => x.score)].sort().join() === '1,2,3,4', 'the rubric has one row for each score from four to one'),
      })
      .strict(),
    differentiation: z
      .object({
        englishLearners: z.array(Prose(20)).min(2),
        belowGrade: z.array(Prose(20)).min(2),
        extension: z.array(Prose(20)).min(2).describe('For AP Government or college'),
      })
      .strict(),
  })
  .strict()
  .refine((u) => new Set(u.task.voices.map((v) => v.side)).size === 2, { message: 'the task quotes voices from both sides', path: ['task', 'voices'] });

export type Unit = z.infer<typeof UnitSchema>;
export type UnitDay = z.infer<typeof UnitDaySchema>;
export type Voice = z.infer<typeof VoiceSchema>;
