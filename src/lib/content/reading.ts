// Reading time from a chapter's MDX source: counts the words a reader reads (prose and the
// text inside components), not tag names, attributes or comments.
export const WORDS_PER_MINUTE = 230;

/** Words of reader-visible text in MDX source. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[#*_>`|[\]()-]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes, rounded up, at least 1. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.ceil(countWords(mdx) / WORDS_PER_MINUTE));
}
