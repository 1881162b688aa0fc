// The one place the build reads the content tree: read and parsed once, then shared by the
// integrity gate (src/integrations/content-integrity.ts) and the MDX pipeline (remark-chapter),
// which otherwise would each read every file again, once per chapter. A snapshot is kept per
// project root and stamped with every content file's path, size and mtime, so `astro dev` sees
// an edited file on the next compile while a build reads the disk once.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from './integrity';
import type { IntegrityError } from './errors';
import { COLLECTIONS, readContent, type RawContent } from './read';

/** Path, size and mtime of every file under the collection folders: changes when any file does. */
export function contentStamp(root: string): string {
  const parts: string[] = [];
  const visit = (dir: string) => {
    if (!existsSync(join(root, dir))) return parts.push(`${dir}:missing`);
    for (const item of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${item.name}`;
      if (item.isDirectory()) visit(path);
      else {
        const { size, mtimeMs } = statSync(join(root, path));
        parts.push(`${path}:${size}:${mtimeMs}`);
      }
    }
  };
  for (const { dir } of Object.values(COLLECTIONS)) visit(dir);
  return parts.join('\n');
}

interface Snapshot {
  stamp: string;
  content: RawContent;
  errors?: IntegrityError[];
}

export interface ContentLoader {
  /** Every content file under `root`, read and parsed (read.ts), from memory unless a file changed. */
  content(root: string): RawContent;
  /** The integrity gate's findings on that same snapshot, computed once per snapshot. */
  errors(root: string): IntegrityError[];
}

/** A loader over `read` (readContent by default); `stamp` tells when the disk has changed. */
export function createContentLoader(read: (root: string) => RawContent = readContent, stamp: (root: string) => string = contentStamp): ContentLoader {
  const snapshots = new Map<string, Snapshot>();
  const snapshot = (root: string): Snapshot => {
    const now = stamp(root);
    let found = snapshots.get(root);
    if (!found || found.stamp !== now) {
      found = { stamp: now, content: read(root) };
      snapshots.set(root, found);
    }
    return found;
  };
  return {
    content: (root) => snapshot(root).content,
    errors: (root) => {
      const found = snapshot(root);
      return (found.errors ??= checkContent(found.content));
    },
  };
}

/** The loader the integration and the remark plugin share (one per process). */
export const contentLoader: ContentLoader = createContentLoader();
