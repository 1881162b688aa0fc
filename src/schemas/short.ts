// A chapter's short version (content/short/<chapter slug>.mdx): the chapter retold in 400–500
// words at grade 8 or below, for below-grade readers and English learners. It opens on the same
// scene, keeps at most five key numbers (each a <Fact> with its base in the sentence), cites
// every claim like the chapter does, and may show the chapter's figures by id with
// <ChapterFigure id="…" />. src/lib/content/classroom.ts checks it against its chapter.
import { z } from 'astro/zod';
import { IdSchema } from './common';

export const SHORT_WORDS = { min: 400, max: 500 } as const;
/** At most this many <Fact> numbers in a short version. */
export const SHORT_MAX_FACTS = 5;
/** Flesch-Kincaid grade the English short version must not exceed. */
export const SHORT_MAX_GRADE = 8;
/** Fernández-Huerta ease the Spanish short version must reach ("bastante fácil", about grade 7–8). */
export const SHORT_MIN_EASE_ES = 70;

export const ShortSchema = z
  .object({
    sources: z.array(IdSchema).min(1).describe("Every source the short version cites; each is one of the chapter's"),
    datasets: z.array(IdSchema).default([]).describe("Every dataset a <Fact> uses; each is one of the chapter's"),
  })
  .strict();

export type Short = z.infer<typeof ShortSchema>;
