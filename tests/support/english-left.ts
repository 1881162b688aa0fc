// Finds English left on a page of another edition: the English UI strings of the message
// catalog, and blocks of text whose English stop-word share shows an untranslated sentence.
// Text that may stay English is set aside first: elements marked with another lang, and the
// bibliographic entries (titles and publishers are cited in their original language).
// Shared by the unit test (a planted English paragraph) and the sweep over dist/es/.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** Frequent English function words that are not also Spanish words. */
export const ENGLISH_STOPWORDS = new Set(['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'were', 'are', 'this', 'which', 'from', 'by', 'have', 'has', 'not', 'but', 'it', 'its', 'they', 'their', 'be', 'been', 'or', 'on', 'at', 'as', 'an', 'will', 'would', 'can', 'these', 'those', 'than', 'there', 'what', 'how', 'who', 'when']);
/**
 * A block of 8 or more words in which more than 12% are English stop words reads as English.
 * Running English prose is about 40–50% stop words, so a planted English sentence scores far above
 * it; the Spanish edition's blocks score 0–5% (an English name such as "Bipartisan Safer
 * Communities Act" or a quoted title adds one or two), well below it.
 */
export const BLOCK_MIN_WORDS = 8;
export const BLOCK_MAX_SHARE = 0.12;

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'caption', 'summary', 'blockquote', 'button', 'label', 'title', 'text', 'desc', 'option', 'legend', 'a', 'div', 'section', 'header', 'footer', 'nav', 'main', 'article', 'aside', 'figure', 'table', 'tr', 'ol', 'ul', 'dl', 'details', 'textarea', 'pre', 'span']);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

/** Blocks of reader text (text nodes and alt, aria-label and title attributes) of an edition's page. */
export function readerBlocks(html: string, lang = 'es'): string[] {
  const blocks: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    buffer = '';
  };
  const visit = (node: ChildNode) => {
    if (node.type === 'text') {
      buffer += ` ${(node as unknown as { data: string }).data}`;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
    const el = node as Element;
    if (SKIP.has(el.name)) return;
    const elLang = el.attribs.lang;
    if (elLang && !elLang.startsWith(lang)) return;
    if (/(^|\s)src(\s|$)/.test(el.attribs.class ?? '')) return;
    for (const a of ['alt', 'aria-label', 'title', 'placeholder']) if (el.attribs[a]) blocks.push(el.attribs[a]!);
    const block = BLOCKS.has(el.name);
    if (block) flush();
    el.children.forEach(visit);
    if (block) flush();
  };
  parseDocument(html, { decodeEntities: true }).children.forEach(visit);
  flush();
  return blocks;
}

/** The words of a block; web addresses are not prose in any language, so they are left out. */
const words = (text: string) => text.replace(/https?:\/\/\S+/g, ' ').toLowerCase().match(/[\p{L}’']+/gu) ?? [];

/** Blocks that read as English, with their stop-word share. */
export function englishBlocks(blocks: string[]): { text: string; share: number }[] {
  return blocks
    .map((text) => {
      const w = words(text);
      return { text, n: w.length, share: w.length ? w.filter((x) => ENGLISH_STOPWORDS.has(x)).length / w.length : 0 };
    })
    .filter((b) => b.n >= BLOCK_MIN_WORDS && b.share > BLOCK_MAX_SHARE)
    .map(({ text, share }) => ({ text: text.slice(0, 120), share: Math.round(share * 100) / 100 }));
}

type Catalog = { [key: string]: string | Catalog };
function leaves(c: Catalog, prefix = ''): [string, string][] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

/**
 * English catalog strings found in a page's text: every fragment of 12 or more characters of an
 * English message (split at its placeholders) that the other catalog does not share word for word.
 */
export function catalogHits(text: string, english: Catalog, other: Catalog): string[] {
  const theirs = new Map(leaves(other));
  const flat = text.replace(/\s+/g, ' ');
  const hits: string[] = [];
  for (const [key, value] of leaves(english)) {
    if (theirs.get(key) === value) continue;
    for (const fragment of value.split(/\{\w+\}/).map((f) => f.trim())) {
      if (fragment.length >= 12 && /\s/.test(fragment) && flat.includes(fragment)) hits.push(`${key}: “${fragment}”`);
    }
  }
  return hits;
}

/**
 * English words of the datasets that their Spanish overlays translate (titles, field labels,
 * category labels, text cells, notes), as [where, English, Spanish]. A translated string left on a
 * Spanish page is a leak however short it is ("Not stated"); one both editions share (a name) is not.
 */
export function datasetTextPairs(base: { id: string; title: string; fields: { key: string; label: string; type: string; labels?: Record<string, string> }[]; rows: Record<string, unknown>[] }, overlay: { title: string; fields: Record<string, { label: string; labels?: Record<string, string> }>; rows?: Record<string, Record<string, string>> }): [string, string, string][] {
  const pairs: [string, string, string][] = [[`${base.id}.title`, base.title, overlay.title]];
  for (const f of base.fields) {
    const o = overlay.fields[f.key];
    if (!o) continue;
    pairs.push([`${base.id}.fields.${f.key}.label`, f.label, o.label]);
    for (const [value, label] of Object.entries(f.labels ?? {})) if (o.labels?.[value]) pairs.push([`${base.id}.fields.${f.key}.labels.${value}`, label, o.labels[value]!]);
    if (f.type === 'text') {
      for (const row of base.rows) {
        const en = row[f.key];
        const es = overlay.rows?.[String(row.id)]?.[f.key];
        if (typeof en === 'string' && es) pairs.push([`${base.id}.rows.${String(row.id)}.${f.key}`, en, es]);
      }
    }
  }
  return pairs.filter(([, en, es]) => en !== es && /\s/.test(en.trim()) && en.length >= 8);
}

/** Translated strings whose English form appears in a page's reader blocks (matched as a whole block or a block's start). */
export function textPairHits(blocks: string[], pairs: [string, string, string][]): string[] {
  const set = new Set(blocks.map((b) => b.trim()));
  return pairs.filter(([, en]) => set.has(en) || blocks.some((b) => b.startsWith(`${en} `) || b.includes(`${en}.`))).map(([where, en]) => `${where}: “${en}”`);
}
