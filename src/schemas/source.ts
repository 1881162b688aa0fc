// One bibliography record: content/sources/<id>.json. Every note, figure caption and
// dataset on the site points at one of these, so a claim always leads to a publisher and a URL.
import { z } from 'astro/zod';
import { DaySchema, IdSchema, LanguageSchema, PartialDateSchema } from './common';

export const SourceSchema = z
  .object({
    id: IdSchema.describe('Same as the file name, without .json'),
    publisher: z.string().min(2).describe('Who published it: agency, court, outlet or organisation'),
    author: z.string().min(2).optional().describe('Named author(s), when the source gives them'),
    title: z.string().min(3),
    url: z.url({ protocol: /^https?$/ }),
    archiveUrl: z.url({ protocol: /^https?$/ }).optional(),
    published: PartialDateSchema.nullable().describe('Date of publication; null when the source shows none ("n.d.")'),
    accessed: DaySchema.describe('When we read it'),
    tier: z.enum(['primary', 'secondary']).describe('primary: government, court, legislature, the study itself or a verbatim copy; secondary: reporting about it'),
    language: LanguageSchema,
    kind: z.enum(['report', 'dataset', 'court', 'law', 'press-release', 'news', 'analysis', 'advocacy', 'reference', 'testimony']),
    usedFor: z.string().min(10).describe('What this source supports on the site'),
    quote: z.string().min(3).max(400).optional().describe('A short passage, in its original language, that supports the claim'),
    note: z.string().min(3).optional().describe('Caveats about this copy, e.g. "mirror of the GAO PDF"'),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
