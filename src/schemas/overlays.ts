// The reader text of a non-English edition, laid over an English base entry with the same file
// name (content/<collection>/<lang>/<id>.json). Numbers, ids, dates and source lists stay in the
// base file, once; an overlay holds words only. The integrity gate checks that every base entry
// has its overlay in every edition and that the overlay matches the base's shape.
import { z } from 'astro/zod';

const Text = z.string().min(2);

export const GlossaryOverlaySchema = z.object({ term: Text, definition: z.string().min(20).max(600) }).strict();
export const UpdateOverlaySchema = z.object({ summary: z.string().min(20) }).strict();
export const SourceOverlaySchema = z
  .object({
    usedFor: z.string().min(10),
    note: z.string().min(3).optional(),
    publisher: z.string().min(2).optional().describe('Only where the English record adds our own words to the name, e.g. "(republished by …)"'),
    title: z.string().min(3).optional().describe('Only where the record has no title of its own and gives our description of the work'),
  })
  .strict();

export const DatasetOverlaySchema = z
  .object({
    title: z.string().min(5),
    description: z.string().min(20),
    caveats: z.array(z.string().min(10)).min(1),
    method: z.string().min(20),
    licence: z.string().min(5),
    fields: z.record(
      z.string(),
      z.object({ label: Text, unit: z.string().min(1).optional(), derived: z.string().min(5).optional(), labels: z.record(z.string(), z.string().min(1)).optional() }).strict(),
    ),
    rows: z.record(z.string(), z.record(z.string(), z.string().min(1))).default({}),
  })
  .strict();

export type GlossaryOverlay = z.infer<typeof GlossaryOverlaySchema>;
export type UpdateOverlay = z.infer<typeof UpdateOverlaySchema>;
export type SourceOverlay = z.infer<typeof SourceOverlaySchema>;
export type DatasetOverlay = z.infer<typeof DatasetOverlaySchema>;
