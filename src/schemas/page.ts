// A reference page written as prose (about, methodology, reuse, corrections): content/pages/
// <name>.mdx in English and content/pages/<lang>/<name>.mdx in another edition. The page's
// route renders the body under its title, so its words live in content, not in code.
import { z } from 'astro/zod';

export const PageSchema = z
  .object({
    title: z.string().min(3).describe('The h1 and the page title'),
    description: z.string().min(40).max(200).describe('For search engines and share cards'),
    dek: z.string().min(20).optional().describe('The standfirst under the title'),
  })
  .strict();
export type Page = z.infer<typeof PageSchema>;
