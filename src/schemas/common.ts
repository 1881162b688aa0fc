// Small shared pieces of the content schemas: ids, partial dates, language codes.
// Every collection schema builds on these so one rule is written once.
import { z } from 'astro/zod';

/** Lowercase kebab-case id; it is also the file name of the entry that declares it. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9 and single hyphens)');

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');

/** A full calendar date, YYYY-MM-DD. */
export const DaySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD');

export const LanguageSchema = z.enum(['en', 'es', 'de']);

/** A YYYY-MM-DD day that YAML front matter may already have turned into a Date. */
export const FrontmatterDaySchema = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), DaySchema);
