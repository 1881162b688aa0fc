// "Cite this" for a chapter or a dataset: one record, four styles (APA 7, MLA 9, Chicago 17
// bibliography, BibTeX), each with the reader's access date. Pure: runs at build for the
// no-JS page and in the browser to put in the day the reader actually read it. The words of
// each style (months, "Retrieved", "Accessed"...) come from the edition's `cite` messages, which
// the page prints for the browser; English is the default.

export interface CiteRecord {
  kind: 'chapter' | 'dataset';
  /** The title exactly as the page shows it. */
  title: string;
  /** Absolute canonical URL. */
  url: string;
  /** YYYY-MM-DD. */
  published: string;
  /** YYYY-MM-DD, last substantive update. */
  updated: string;
  /** Group author, also the site's name. */
  author: string;
  /** Short key for BibTeX, e.g. the chapter slug. */
  key: string;
}

/** A run of citation text; `italic` where the style sets the title or container in italics. */
export interface Segment {
  text: string;
  italic?: boolean;
}
export type StyleId = 'apa' | 'mla' | 'chicago' | 'bibtex';

/**
 * The words of the citation styles in one edition: the `cite` group of its message catalog. A
 * type-only import: the browser bundle gets the words from the page, never the whole catalog.
 */
export type CiteWords = (typeof import('../../i18n/en.json'))['cite'];
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** The citation styles, in the order they are offered (their names are in the catalog's `cite.styles`). */
export const STYLES: readonly { id: StyleId }[] = (['apa', 'mla', 'chicago', 'bibtex'] as const).map((id) => ({ id }));

const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Ymd { y: string; m: number; d: number }
function ymd(day: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`expected a date YYYY-MM-DD, got "${day}"`);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > 31) throw new RangeError(`not a calendar date: "${day}"`);
  return { y: match[1]!, m, d };
}
const month = (list: string, m: number) => list.split('|')[m - 1] ?? String(m);
/** "November 25, 2026" ("25 de noviembre de 2026") */
const longUs = ({ y, m, d }: Ymd, w: CiteWords) => fill(w.longDate, { month: month(w.months, m), d, y });
/** "25 Nov. 2026" */
const mlaDate = ({ y, m, d }: Ymd, w: CiteWords) => fill(w.shortDate, { month: month(w.shortMonths, m), d, y });
/** Ends a title with a period unless it already ends with . ? or ! */
const closed = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

/** A local date as YYYY-MM-DD (the reader's calendar day, not UTC). */
export function localDay(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

export function apa(r: CiteRecord, accessed: string, w: CiteWords): Segment[] {
  const u = ymd(r.updated);
  const date = r.kind === 'dataset' ? u.y : fill(w.apaDate, { y: u.y, month: month(w.months, u.m), d: u.d });
  return [
    { text: `${r.author}. (${date}). ` },
    { text: r.title, italic: true },
    { text: `${r.kind === 'dataset' ? ` ${w.apaDataset}` : ''}. ${fill(w.apaRetrieved, { date: longUs(ymd(accessed), w), url: r.url })}` },
  ];
}

export function mla(r: CiteRecord, accessed: string, w: CiteWords): Segment[] {
  const bare = r.url.replace(/^https?:\/\//, '');
  return [
    { text: `“${closed(r.title)}” ` },
    { text: r.author, italic: true },
    { text: `, ${mlaDate(ymd(r.updated), w)}, ${bare}. ${fill(w.accessed, { date: mlaDate(ymd(accessed), w) })}` },
  ];
}

export function chicago(r: CiteRecord, accessed: string, w: CiteWords): Segment[] {
  const dated = r.updated === r.published ? fill(w.published, { date: longUs(ymd(r.published), w) }) : fill(w.modified, { date: longUs(ymd(r.updated), w) });
  return [{ text: `${r.author}. “${closed(r.title)}” ${r.kind === 'dataset' ? `${w.dataset} ` : ''}${r.author}. ${dated} ${fill(w.accessed, { date: longUs(ymd(accessed), w) })} ${r.url}.` }];
}

/** Escapes the characters BibTeX treats as special. */
export function bibEscape(text: string): string {
  const words: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
  return text.replace(/[\\~^&%$#_{}]/g, (c) => words[c] ?? `\\${c}`);
}

export function bibtex(r: CiteRecord, accessed: string, w: CiteWords): Segment[] {
  const u = ymd(r.updated);
  const a = ymd(accessed);
  const key = `${r.author}${u.y}${r.key}`.toLowerCase().replace(/[^a-z0-9]/g, '');
  const fields: [string, string][] = [
    ['author', `{${bibEscape(r.author)}}`],
    ['title', `{${bibEscape(r.title)}}`],
    ['year', u.y],
    ['month', BIB_MONTHS[u.m - 1]!],
    ['howpublished', `\\url{${r.url}}`],
    ['url', r.url],
    ['urldate', accessed],
    ['note', `${r.kind === 'dataset' ? `${w.bibDataset} ` : ''}${fill(w.bibNote, { date: longUs(a, w) })}`],
  ];
  const body = fields.map(([k, v]) => `  ${k.padEnd(12)} = ${k === 'month' || k === 'year' ? v : `{${v}}`}`).join(',\n');
  return [{ text: `@misc{${key},\n${body}\n}` }];
}

const FORMATTERS: Record<StyleId, (r: CiteRecord, accessed: string, w: CiteWords) => Segment[]> = { apa, mla, chicago, bibtex };

export function cite(style: StyleId, record: CiteRecord, accessed: string, words: CiteWords): Segment[] {
  return FORMATTERS[style](record, accessed, words);
}

/** Plain text of a citation (what most paste targets get). */
export const plain = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('');
