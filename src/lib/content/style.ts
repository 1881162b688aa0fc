// The house-style gate (content/STYLE.md): finds every form the style rules out in the text a
// reader of an edition sees, with that edition's rules, and reports it with file, line and the
// form to write.
// Pure: the integrity gate feeds it the raw files; quotations, ids and URLs are not checked.
import type { IntegrityError } from './errors';
import type { RawEntry } from './read';
import { STYLE_RULES, STYLE_RULES_BY_EDITION, type StyleRule } from './style-rules';

/** Attributes of author components whose values a reader sees (titles, notes, text alternatives). */
const VISIBLE_ATTRS = new Set(['title', 'subtitle', 'alt', 'note', 'caption', 'label', 'summary', 'description']);

/** Keys of JSON content whose values are ids, codes, URLs or dates, never reader text. */
const CODE_KEYS = new Set(['id', 'key', 'type', 'sources', 'source', 'url', 'archiveUrl', 'chapter', 'chapters', 'datasets', 'date', 'published', 'accessed', 'start', 'end', 'kind', 'tier', 'language', 'es', 'nullable', 'equivalent', 'answer', 'figure', 'dataset', 'row', 'field', 'columns', 'codes', 'quote', 'speaker', 'side', 'glossary', 'figures']);

/** Per collection, which top-level fields hold reader text (undefined: every field but CODE_KEYS). */
const READER_FIELDS: Partial<Record<RawEntry['collection'], string[]>> = {
  sources: ['usedFor', 'note'],
  glossary: ['term', 'definition'],
  updates: ['summary'],
  chapters: ['title', 'dek', 'summary', 'questions'],
  home: ['dek', 'description'],
  maps: ['text'],
};

export interface StyleHit {
  /** Index in the checked text. */
  index: number;
  found: string;
  write: string;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Blanks quotations (“…”), which keep their original spelling. */
export function blankQuotations(text: string): string {
  return text.replace(/“[^”]*”/g, blank);
}

/** Every rule broken in `text` (already stripped of markup), in order. */
export function findStyleHits(text: string, { prose = true, rules = STYLE_RULES }: { prose?: boolean; rules?: readonly StyleRule[] } = {}): StyleHit[] {
  const checked = blankQuotations(text);
  const hits: StyleHit[] = [];
  for (const rule of rules) {
    if (rule.proseOnly && !prose) continue;
    for (const m of checked.matchAll(rule.pattern)) hits.push({ index: m.index, found: m[0], write: rule.write });
  }
  return hits.sort((a, b) => a.index - b.index);
}

const TAG = /<\/?([A-Za-z][\w.]*)((?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const ATTR = /([\w:-]+)=(?:"([^"]*)"|'([^']*)')/g;

/**
 * MDX body → the text a reader sees, with the same length and line breaks (so an index still
 * gives the line), plus the values of visible attributes with their positions.
 */
export function readerTextOfMdx(body: string): { text: string; attrs: { index: number; value: string }[] } {
  const attrs: { index: number; value: string }[] = [];
  let text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/^(?:import|export)\s.*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank);
  text = text.replace(TAG, (tag, _name: string, attrText: string, offset: number) => {
    const start = offset + tag.indexOf(attrText);
    for (const a of attrText.matchAll(ATTR)) {
      const value = a[2] ?? a[3] ?? '';
      if (VISIBLE_ATTRS.has(a[1]!)) attrs.push({ index: start + a.index + a[1]!.length + 2, value });
    }
    return blank(tag);
  });
  text = text.replace(/\]\([^)\s]*\)/g, (m) => `]${blank(m.slice(1))}`).replace(/\{[^{}\n]*\}/g, blank);
  return { text, attrs };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function error(file: string, line: number, hit: StyleHit, where = ''): IntegrityError {
  return { file, field: `line ${line}${where}`, value: hit.found, message: `house style (content/STYLE.md): write ${hit.write}` };
}

/** Line of a JSON string value in the raw file text (1 when it cannot be found). */
function jsonLine(raw: string, value: string): number {
  const i = raw.indexOf(JSON.stringify(value).slice(1, -1));
  return i < 0 ? 1 : lineAt(raw, i);
}

/** Reader-visible strings of a JSON or front-matter record, with their field paths. */
function readerStrings(entry: RawEntry): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  const data = entry.data as Record<string, unknown>;
  // An edition's dataset overlay holds only words (labels, notes, text cells): nothing to filter.
  const textFields = entry.collection === 'datasets' && Array.isArray(data.fields) ? datasetTextFields(data) : undefined;
  const visit = (v: unknown, path: string, key: string) => {
    if (CODE_KEYS.has(key)) return;
    if (typeof v === 'string') out.push({ path, value: v });
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`, key));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (path.startsWith('rows[') && textFields && !textFields.has(k) && k !== 'note') continue;
        visit(x, path ? `${path}.${k}` : k, k);
      }
    }
  };
  const only = READER_FIELDS[entry.collection];
  for (const [k, v] of Object.entries(data ?? {})) if (!only || only.includes(k)) visit(v, k, k);
  return out;
}

/** Keys of a dataset's text and category fields: the row cells a reader reads as words. */
function datasetTextFields(data: Record<string, unknown>): Set<string> {
  const fields = (data.fields as { key: string; type: string }[] | undefined) ?? [];
  return new Set(fields.filter((f) => f.type === 'text' || f.type === 'category').map((f) => f.key));
}

/** The edition an entry belongs to: its edition folder, or for home pages the file name (home/es.mdx). */
export const editionOfEntry = (entry: RawEntry): string => (entry.collection === 'home' ? entry.id : (entry.locale ?? 'en'));

/** House-style errors of one raw content entry, by the rules of its edition. */
export function checkEntryStyle(entry: RawEntry): IntegrityError[] {
  const rules = STYLE_RULES_BY_EDITION[editionOfEntry(entry)];
  if (entry.error || !entry.data || !rules) return [];
  const errors: IntegrityError[] = [];
  const raw = entry.text ?? '';
  const prose = entry.collection !== 'datasets';
  for (const { path, value } of readerStrings(entry)) {
    for (const hit of findStyleHits(value, { prose, rules })) errors.push(error(entry.file, jsonLine(raw, value), hit, ` (${path})`));
  }
  if (entry.body !== undefined) {
    const offset = raw.length - entry.body.length;
    const { text, attrs } = readerTextOfMdx(entry.body);
    for (const hit of findStyleHits(text, { rules })) errors.push(error(entry.file, lineAt(raw, offset + hit.index), hit));
    for (const a of attrs) {
      for (const hit of findStyleHits(a.value, { rules })) errors.push(error(entry.file, lineAt(raw, offset + a.index), hit));
    }
  }
  return errors;
}
