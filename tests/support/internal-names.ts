// Finds internal names (dataset ids, source ids, camelCase field keys) in the text a reader
// sees on a built page. Shared by the unit test (planted names) and the e2e sweep over dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface InternalNames {
  datasets: string[];
  sources: string[];
  /** Field keys with an upper-case letter (single-word keys such as "year" read as words). */
  fields: string[];
}

/** The internal names of a content tree. */
export function internalNamesOf(contentDir: string): InternalNames {
  const ids = (dir: string) => readdirSync(join(contentDir, dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  const datasets = ids('data');
  const fields = new Set<string>();
  for (const d of datasets) {
    const data = JSON.parse(readFileSync(join(contentDir, 'data', `${d}.json`), 'utf8')) as { fields: { key: string }[] };
    for (const f of data.fields) if (/[A-Z]/.test(f.key)) fields.add(f.key);
  }
  return { datasets, sources: ids('sources'), fields: [...fields] };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text nodes and reader-facing attributes (alt, aria-label, title) of an HTML page; no scripts, styles or URLs. */
export function readerTextOfHtml(html: string): string {
  const attrs = [...html.matchAll(/\s(?:alt|aria-label|title)="([^"]*)"/g)].map((m) => m[1]);
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return [text, ...attrs].join('\n').replace(/&(#?\w+);/g, (m, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.startsWith('#x') ? `0${e.slice(1)}` : e.slice(1))) : ENTITIES[e] ?? m));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every internal name in `text`, as "kind: name". A name inside a URL or file path does not count. */
export function findInternalNames(text: string, names: InternalNames): string[] {
  const hits: string[] = [];
  const scan = (kind: string, list: string[]) => {
    if (list.length === 0) return;
    const re = new RegExp(`(?<![\\w/.#{-])(${list.map(escape).join('|')})(?![\\w/-]|\\.(?:csv|json|png|svg)\\b)`, 'g');
    for (const m of text.matchAll(re)) hits.push(`${kind}: ${m[1]}`);
  };
  scan('dataset id', names.datasets);
  scan('source id', names.sources);
  scan('field key', names.fields);
  return hits;
}
