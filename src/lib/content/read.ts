// Reads the raw content files from disk, without Astro, so the integrity check can run
// before the build and in unit tests. Unreadable files become entries with an `error`,
// never silent omissions (Astro's own loaders only warn about those).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const COLLECTIONS = {
  sources: { dir: 'content/sources', ext: '.json' },
  datasets: { dir: 'content/data', ext: '.json' },
  glossary: { dir: 'content/glossary', ext: '.json' },
  chapters: { dir: 'content/chapters', ext: '.mdx' },
  updates: { dir: 'content/updates', ext: '.json' },
  teaching: { dir: 'content/teaching', ext: '.json' },
  home: { dir: 'content/home', ext: '.mdx' },
  pages: { dir: 'content/pages', ext: '.mdx' },
  short: { dir: 'content/short', ext: '.mdx' },
  unit: { dir: 'content/unit', ext: '.json' },
  maps: { dir: 'content/maps', ext: '.json' },
  charts: { dir: 'content/charts', ext: '.json' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

export interface RawEntry {
  collection: CollectionName;
  /** The edition folder the file sits in ("es" for content/chapters/es/x.mdx); none for the English base. */
  locale?: string;
  /** Path relative to the project root, as printed in messages. */
  file: string;
  /** File name without extension. */
  id: string;
  data?: unknown;
  /** The file's text as on disk, for line numbers in messages. */
  text?: string;
  /** MDX body (MDX collections only). */
  body?: string;
  /** Why the file could not be read or parsed. */
  error?: string;
}

export interface RawContent {
  /** The English base entries. */
  entries: RawEntry[];
  /** Entries of the other editions, from each collection's edition folders (content/<dir>/<lang>/). */
  editions?: RawEntry[];
  /** Collection folders that do not exist. */
  missing: CollectionName[];
}

/** Splits an MDX file into YAML front matter and body. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new Error('no front matter: the file must start with a --- block');
  return { frontmatter: parseYaml(match[1] ?? '') ?? {}, body: text.slice(match[0].length) };
}

function readEntry(collection: CollectionName, root: string, dir: string, name: string, ext: string): RawEntry {
  const file = `${dir}/${name}`;
  const entry: RawEntry = { collection, file, id: name.slice(0, -ext.length) };
  try {
    const text = readFileSync(join(root, file), 'utf8');
    entry.text = text;
    if (ext === '.json') entry.data = JSON.parse(text);
    else {
      const { frontmatter, body } = splitFrontmatter(text);
      entry.data = frontmatter;
      entry.body = body;
    }
  } catch (e) {
    entry.error = `could not be read: ${(e as Error).message}`;
  }
  return entry;
}

/** Reads every content collection under `root`, the English base and each edition folder. */
export function readContent(root: string): RawContent {
  const entries: RawEntry[] = [];
  const editions: RawEntry[] = [];
  const missing: CollectionName[] = [];
  for (const [collection, { dir, ext }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    if (!existsSync(join(root, dir))) {
      missing.push(collection);
      continue;
    }
    const names = readdirSync(join(root, dir), { withFileTypes: true });
    for (const name of names.filter((n) => n.isFile() && n.name.endsWith(ext)).map((n) => n.name).sort()) entries.push(readEntry(collection, root, dir, name, ext));
    for (const folder of names.filter((n) => n.isDirectory()).map((n) => n.name).sort()) {
      const files = readdirSync(join(root, dir, folder)).filter((n) => n.endsWith(ext)).sort();
      for (const name of files) editions.push({ ...readEntry(collection, root, `${dir}/${folder}`, name, ext), locale: folder });
    }
  }
  return { entries, editions, missing };
}
