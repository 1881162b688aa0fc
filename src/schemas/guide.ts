// A chapter's classroom pack, teacher side (content/teaching/<chapter slug>.json): learning goals,
// activities with the datasets students download and what a good answer shows, look-fors for the
// discussion questions, a position question, the exit ticket, the vocabulary sheet, the data
// handouts, a plan for a fifty-minute period and the standards it serves. Guide prose carries no
// digits: figures come from the sourced chapter and its data (the exit ticket's share is a
// dataset reference, printed with its base). src/lib/content/classroom.ts checks the pack against
// its chapter; src/lib/content/integrity.ts checks that every chapter has one.
import { z } from 'astro/zod';
import { IdSchema } from './common';

const Prose = (min: number) =>
  z
    .string()
    .min(min)
    .refine((s) => !/\d/.test(s), 'no digits in guide text: numbers belong in the sourced chapter and its datasets');

/** What a teacher looks for in a good answer: one to five short points. */
const LookFors = z.array(Prose(10)).min(1).max(5).describe('What a strong answer shows, point by point (teacher side only)');

/** The length of one class period, in minutes: every plan must fit in it. */
export const PERIOD_MINUTES = 50;

export const ActivitySchema = z
  .object({
    title: Prose(5),
    minutes: z.number().int().min(5).max(90),
    datasets: z.array(IdSchema).default([]).describe('Datasets the students download (CSV/JSON from /data/); each needs a handout'),
    steps: z.array(Prose(10)).min(1),
    produces: Prose(10).describe('What students hand in or show'),
    lookFors: LookFors,
  })
  .strict();

const DatumSchema = z
  .object({ dataset: IdSchema, row: z.string().min(1), field: z.string().min(1) })
  .strict()
  .describe('One value of a dataset, printed as the chapter prints it');

export const ExitTicketSchema = z
  .object({
    share: z
      .object({ prompt: Prose(20), answer: DatumSchema, lookFors: LookFors })
      .strict()
      .describe('State a share (or, where the chapter has none, a count) with its base; the answer is the dataset value the prompt asks for'),
    chart: z
      .object({ figure: IdSchema.describe('A figure id of this chapter, drawn on the ticket'), prompt: Prose(20), lookFors: LookFors })
      .strict()
      .describe('Read a chart'),
    claim: z.object({ prompt: Prose(20), lookFors: LookFors }).strict().describe('Make a claim with evidence from a note'),
  })
  .strict();

export const VocabularySchema = z
  .object({
    term: z.string().min(2).describe('As the chapter writes it'),
    glossary: IdSchema.optional().describe('The glossary entry, when the site has one'),
    definition: Prose(15).describe('Student-friendly, in plain words'),
    example: z.string().min(20).describe("A sentence copied from the chapter's text, word for word"),
    equivalent: z.string().min(2).describe("The term in the other edition's language (Spanish in the English pack, English in the Spanish pack)"),
  })
  .strict();

export const HandoutSchema = z
  .object({
    dataset: IdSchema,
    columns: z.array(z.string().min(1)).min(2).max(6).describe('Field keys to print, in order; the table must fit one page'),
    base: Prose(15).describe('What the numbers count, and what they leave out (e.g. "guns submitted for tracing, not all guns")'),
    groupBy: z.string().min(1).optional().describe('A category field: one printed page per value, for a dataset too long for one page'),
  })
  .strict();

const SegmentSchema = z
  .object({ minutes: z.number().int().min(2).max(45), activity: Prose(10) })
  .strict();

const Plan = z
  .array(SegmentSchema)
  .min(2)
  .refine((s) => s.reduce((sum, x) => sum + x.minutes, 0) <= PERIOD_MINUTES, `the plan must fit one ${PERIOD_MINUTES}-minute period`);

export const PlanSchema = z
  .object({
    homework: Plan.describe('The period when students read the chapter at home the night before'),
    inClass: Plan.describe('The period when students read in class (the short version, or a part of the chapter)'),
  })
  .strict();

/** Codes the standards line may name: Common Core literacy in history/social studies and the C3 Framework. */
export const STANDARD_CODES = [
  'RH.9-10.1', 'RH.9-10.2', 'RH.9-10.6', 'RH.9-10.7', 'RH.9-10.8', 'RH.9-10.9',
  'D2.Civ.1.9-12', 'D2.Civ.3.9-12', 'D2.Civ.5.9-12', 'D2.Civ.6.9-12', 'D2.Civ.10.9-12', 'D2.Civ.12.9-12', 'D2.Civ.13.9-12', 'D2.Civ.14.9-12',
  'D2.Geo.7.9-12', 'D2.Geo.8.9-12', 'D2.Eco.1.9-12', 'D2.His.14.9-12',
  'D3.1.9-12', 'D3.2.9-12', 'D3.3.9-12', 'D3.4.9-12',
  'D4.1.9-12', 'D4.2.9-12', 'D4.3.9-12', 'D4.6.9-12', 'D4.7.9-12', 'D4.8.9-12',
] as const;

export const StandardsSchema = z
  .object({
    codes: z.array(z.enum(STANDARD_CODES)).min(4),
    note: Prose(20).describe('One sentence: how the chapter serves them'),
  })
  .strict()
  .refine((s) => s.codes.includes('RH.9-10.7') && s.codes.includes('RH.9-10.8'), 'the standards must include RH.9-10.7 and RH.9-10.8')
  .refine((s) => s.codes.some((c) => c.startsWith('D3.')) && s.codes.some((c) => c.startsWith('D4.')), 'the standards must include a C3 Dimension 3 and a Dimension 4 code');

export const GuideSchema = z
  .object({
    chapter: IdSchema.describe('Same as the file name and the chapter slug'),
    contentNote: Prose(20).optional().describe('What a teacher should know before assigning the chapter'),
    goals: z.array(Prose(20)).min(2).max(5).describe('What students can do after the chapter'),
    activities: z.array(ActivitySchema).min(1).max(3),
    questionLookFors: z.array(LookFors).min(1).describe("One list per discussion question in the chapter's front matter, in order"),
    positionQuestion: z
      .object({ prompt: Prose(40), lookFors: LookFors })
      .strict()
      
      .describe('A civic or values question: take a position, use two facts from the chapter, answer one counter-argument'),
    exitTicket: ExitTicketSchema,
    vocabulary: z.array(VocabularySchema).min(10).max(24),
    handouts: z.array(HandoutSchema).min(1),
    plan: PlanSchema,
    standards: StandardsSchema,
  })
  .strict();

export type Guide = z.infer<typeof GuideSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type ExitTicket = z.infer<typeof ExitTicketSchema>;
export type VocabularyEntry = z.infer<typeof VocabularySchema>;
export type Handout = z.infer<typeof HandoutSchema>;
export type Plan = z.infer<typeof PlanSchema>;
