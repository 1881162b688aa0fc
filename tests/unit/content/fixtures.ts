// Loads the hand-made fixture content tree (tests/fixtures/content) and makes mutated copies,
// so each integrity rule is tested against one deliberate mistake.
import { readContent, type RawContent, type RawEntry } from '../../../src/lib/content/read';

export const FIXTURE_ROOT = new URL('../../fixtures/', import.meta.url).pathname;

export function fixture(): RawContent {
  return structuredClone(readContent(FIXTURE_ROOT));
}

/** The fixture with one entry's data changed by `edit`. */
export function mutate(file: string, edit: (data: any) => void): RawContent {
  const content = fixture();
  const entry = content.entries.find((e) => e.file === file);
  if (!entry) throw new Error(`no fixture entry ${file}`);
  edit(entry.data);
  return content;
}

export function entry(content: RawContent, file: string): RawEntry {
  return content.entries.find((e) => e.file === file)!;
}
