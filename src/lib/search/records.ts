// Site search: what the index holds. After the build, every built page of both editions is read
// back and cut into search records, one per place a reader can land on: a chapter's opening, each
// section (h2), each scroll step, each figure, each glossary term, source, dataset, teacher's
// guide and each section of a prose page. Each record carries its deep link (section, step or
// figure anchor), its kind and its chapters (the search filters), and only words a reader reads:
// no notes, note numbers, URLs, navigation, tool labels, embed code or data tables.
// Pure: HTML in, records out; src/integrations/search-index.ts hands them to Pagefind.
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { selectAll, selectOne } from 'css-select';
import { localeOfPath, LOCALE_INFO } from '../i18n/locales';

/** The search filter "kind". Labels live in the catalogs under search.kinds. */
export const SEARCH_KINDS = ['story', 'figure', 'glossary', 'source', 'data', 'teaching', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchRecord {
  /** Where the result leads: a page path with the section, step or figure anchor. */
  url: string;
  /** The html lang of the edition; Pagefind keeps one index (and stemmer) per language. */
  lang: string;
  kind: SearchKind;
  /** The result's heading: section heading, figure title, term, source or dataset title. */
  title: string;
  /** The chapter or page it is on. */
  page: string;
  /** The section heading a step or figure sits under, when it differs from the title. */
  section?: string;
  /** Chapter slugs the record belongs to (the "chapter" filter). */
  chapters: string[];
  /** The words to index. */
  text: string;
  /** Teacher materials rank below the story. */
  weight?: number;
  /** Key terms marked in the text (<Term>), by their glossary names: a section is found by its terms. */
  terms?: string[];
}

/**
 * How much a word counts, by kind (Pagefind's data-pagefind-weight; 1 is the default): the story,
 * its figures and the key terms first; sources, datasets and prose pages after; teacher materials last.
 */
export const KIND_WEIGHT: Record<SearchKind, number> = { story: 1, figure: 1, glossary: 1, source: 0.3, data: 0.5, page: 0.5, teaching: 0.3 };
export const TEACHING_WEIGHT = KIND_WEIGHT.teaching;
/** The glossary name of a key term marked in a section counts like a subheading there. */
export const TERM_WEIGHT = 6;

// Never indexed: note markers, definitions repeated from the glossary, tools, embed code,
// tables (the data pages and downloads hold the numbers), drawings and everything for print only.
const SKIP = [
  'script', 'style', 'svg', 'table', 'textarea', 'template', 'noscript', 'nav',
  'sup.cite', '.term__pop', '.chart-ref', '.scrolly__link', '.scrolly__snapshot', 'copy-link', 'copy-text',
  'cite-this', '.no-print', '.print-only', 'details.figure__table', '.src__url', '.src__accessed', '.notes',
].join(', ');
const BLOCK = new Set(['p', 'li', 'dt', 'dd', 'div', 'section', 'aside', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'br', 'blockquote', 'header', 'details', 'summary']);

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const skipSet = (root: Element) => new Set(selectAll(SKIP, root));

/** The reader-visible words of an element, minus what search must not hold. */
export function words(el: Element, skip: Set<Element> = skipSet(el)): string {
  const out: string[] = [];
  const walk = (n: AnyNode) => {
    if (n.type === 'text') out.push((n as unknown as { data: string }).data);
    else if (isElement(n)) {
      if (skip.has(n)) return;
      const block = BLOCK.has(n.name);
      if (block) out.push(' ');
      for (const c of n.children) walk(c);
      if (block) out.push(' ');
    }
  };
  walk(el);
  return squash(out.join(''));
}

/** The glossary names of the key terms marked in an element (each <Term> carries its definition's name). */
function termNames(el: Element): string[] {
  return selectAll('.term__pop .term__name', el).map((n) => words(n, new Set()));
}
const unique = (list: string[]) => [...new Set(list)];

const elementChildren = (el: Element) => el.children.filter(isElement);
const attr = (el: Element, name: string) => el.attribs[name];
const chapterSlugs = (el: Element) => [...new Set(selectAll('a[href*="/chapters/"]', el).map((a) => /\/chapters\/([^/#]+)\//.exec(attr(a, 'href') ?? '')?.[1]).filter((s): s is string => Boolean(s)))];

interface Section { id?: string; heading: string; parts: string[]; terms: string[] }

/** Splits a container's children at h2[id]: the opening (no id) and one section per heading. */
function sections(container: Element, onChild: (child: Element, current: Section) => boolean = () => false): Section[] {
  const skip = skipSet(container);
  const out: Section[] = [{ heading: '', parts: [], terms: [] }];
  for (const child of elementChildren(container)) {
    if (child.name === 'h2' && attr(child, 'id')) {
      out.push({ id: attr(child, 'id'), heading: words(child, skip), parts: [], terms: [] });
      continue;
    }
    if (skip.has(child)) continue;
    const current = out[out.length - 1]!;
    if (onChild(child, current)) continue;
    current.parts.push(words(child, skip));
    current.terms.push(...termNames(child));
  }
  return out;
}

function chapterRecords(doc: Element, path: string, lang: string): SearchRecord[] {
  const article = selectOne('article[data-chapter]', doc);
  const body = article && selectOne('.chapter__body', article);
  if (!article || !body) return [];
  const slug = attr(article, 'data-chapter')!;
  const h1 = selectOne('h1', article);
  const page = h1 ? words(h1) : '';
  const base = { lang, page, chapters: [slug] };
  const records: SearchRecord[] = [];
  const figureRecord = (figure: Element, section: string) => {
    const title = selectOne('.figure__title', figure);
    const alt = selectOne('desc', figure) ?? selectOne('[role="img"][aria-label]', figure);
    const altText = alt ? (alt.name === 'desc' ? words(alt, new Set()) : (attr(alt, 'aria-label') ?? '')) : '';
    const parts = ['.figure__subtitle', '.figure__caveats'].map((s) => selectOne(s, figure)).filter((e): e is Element => Boolean(e)).map((e) => words(e));
    records.push({ ...base, url: `${path}#${attr(figure, 'id')}`, kind: 'figure', title: title ? words(title) : page, section: section || undefined, text: squash([altText, ...parts].join(' ')) });
  };
  const head = selectOne('.chapter__head', article);
  const opening = sections(body, (child, current) => {
    const figures = child.name === 'figure' ? [child] : selectAll('figure[data-figure]', child);
    for (const f of figures) figureRecord(f, current.heading);
    for (const step of selectAll('.scrolly__step[id]', child)) {
      const card = selectOne('.scrolly__card', step) ?? step;
      records.push({ ...base, url: `${path}#${attr(step, 'id')}`, kind: 'story', title: current.heading || page, text: words(card), terms: unique(termNames(card)) });
    }
    return figures.length > 0 || child.name === 'story-scrolly';
  });
  const [intro, ...rest] = opening;
  const headText = head ? [selectOne('.dek', head), selectOne('.chapter__brief', head)].filter((e): e is Element => Boolean(e)).map((e) => words(e)) : [];
  records.unshift({ ...base, url: path, kind: 'story', title: page, text: squash([...headText, ...intro!.parts].join(' ')) });
  for (const s of rest) records.push({ ...base, url: `${path}#${s.id}`, kind: 'story', title: s.heading, text: squash(s.parts.join(' ')), terms: unique(s.terms) });
  return records;
}

function listRecords(doc: Element, path: string, lang: string, kind: SearchKind, selector: string, parts: (item: Element) => { title: string; text: string }): SearchRecord[] {
  const h1 = selectOne('main h1', doc);
  const page = h1 ? words(h1) : '';
  return selectAll(selector, doc).map((item) => ({ url: `${path}#${attr(item, 'id')}`, lang, kind, page, chapters: chapterSlugs(item), ...parts(item) }));
}

const text = (el: Element | null) => (el ? words(el) : '');

function proseRecords(doc: Element, path: string, lang: string, kind: SearchKind, weight?: number): SearchRecord[] {
  const container = selectOne('main .page', doc);
  if (!container) return [];
  const h1 = selectOne('h1', container);
  const page = text(h1);
  return sections(container, (child) => child === h1)
    .filter((s) => s.parts.join('').trim())
    .map((s) => ({ url: s.id ? `${path}#${s.id}` : path, lang, kind, page, title: s.heading || page, chapters: [], text: squash(s.parts.join(' ')), ...(weight ? { weight } : {}) }));
}

/** The search records of one built page ("/es/glossary/" and its HTML); none for pages search leaves out. */
export function pageRecords(path: string, html: string): SearchRecord[] {
  const locale = localeOfPath(path);
  const lang = LOCALE_INFO[locale].lang;
  const bare = path.slice(LOCALE_INFO[locale].prefix.length) || '/';
  const doc = parseDocument(html) as unknown as Element;
  if (/^\/chapters\/[^/]+\/$/.test(bare)) return chapterRecords(doc, path, lang);
  if (bare === '/glossary/') {
    return listRecords(doc, path, lang, 'glossary', '.glossary__item[id]', (item) => ({ title: text(selectOne('dt', item)), text: text(selectOne('dd', item)) }));
  }
  if (bare === '/sources/') {
    return listRecords(doc, path, lang, 'source', 'ul.sources > li[id]', (item) => ({
      title: text(selectOne('.src__title', item)) || text(selectOne('.src', item)),
      text: squash([...selectAll('.src > :not(.src__url, .src__accessed)', item).map((e) => words(e)), ...selectAll('.sources__use', item).map((e) => words(e))].join(' ')),
    }));
  }
  if (bare === '/data/') {
    return listRecords(doc, path, lang, 'data', 'section.dataset[id]', (item) => ({
      title: text(selectOne('h2', item)),
      text: squash(elementChildren(item).filter((e) => e.name === 'p' && !attr(e, 'class')).map((e) => words(e)).join(' ')),
    }));
  }
  if (bare === '/teachers/') {
    // Each chapter's guide, and the page's other sections (using the site in class, chapters at a glance).
    const container = selectOne('main .page', doc);
    const page = text(selectOne('h1', doc));
    return selectAll('main .page > section', doc).flatMap((section) => {
      const h2 = selectOne('h2', section);
      const anchor = attr(section, 'id') ?? (h2 && attr(h2, 'id'));
      if (!container || !anchor) return [];
      const skip = skipSet(section);
      if (h2) skip.add(h2);
      const chapters = attr(section, 'class')?.split(' ').includes('guide') ? [anchor] : [];
      return [{ url: `${path}#${anchor}`, lang, kind: 'teaching' as const, page, title: text(h2) || page, chapters, text: words(section, skip), weight: TEACHING_WEIGHT }];
    });
  }
  // The classroom pack: each chapter's teacher page and student pieces, the unit plan and the
  // reference map, found by their headings and words, weighted like the teachers' hub.
  if (/^\/(teachers\/[a-z-]+|chapters\/[^/]+\/(short|vocabulary|exit-ticket|handouts))\/$/.test(bare)) return proseRecords(doc, path, lang, 'teaching', TEACHING_WEIGHT);
  // Prose pages (about, methodology, reuse, corrections); not the home page, embeds, 404 or search.
  if (/^\/[a-z-]+\/$/.test(bare) && bare !== '/search/' && bare !== '/embed/') return proseRecords(doc, path, lang, 'page');
  return [];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A record as the small HTML document Pagefind indexes: the title as the heading (Pagefind ranks
 * heading words higher), the page and section as metadata, kind and chapters as filters.
 */
export function recordHtml(r: SearchRecord): string {
  const w = r.weight ?? KIND_WEIGHT[r.kind];
  // Headings weigh 7 by default in Pagefind; a title keeps that lead over its kind's text.
  const weight = (n: number) => (n === 1 ? '' : ` data-pagefind-weight="${Math.round(n * 10) / 10}"`);
  const meta = (key: string, value: string | undefined) => (value ? `<span data-pagefind-meta="${key}" data-pagefind-ignore>${esc(value)}</span>` : '');
  return [
    `<!doctype html><html lang="${r.lang}"><head><meta charset="utf-8"><title>${esc(r.title)}</title></head><body>`,
    `<main data-pagefind-body>`,
    `<h1 data-pagefind-meta="title"${weight(w === 1 ? 1 : 7 * w)}>${esc(r.title)}</h1>`,
    meta('page', r.page),
    meta('section', r.section),
    `<span data-pagefind-filter="kind" data-pagefind-ignore>${r.kind}</span>`,
    ...r.chapters.map((c) => `<span data-pagefind-filter="chapter" data-pagefind-ignore>${esc(c)}</span>`),
    `<div${weight(w)}><p>${esc(r.text)}</p></div>`,
    r.terms?.length ? `<p data-pagefind-weight="${TERM_WEIGHT}">${r.terms.map(esc).join(' · ')}</p>` : '',
    `</main></body></html>`,
  ].join('');
}
