// Build-time accessors for the content collections, per edition. They throw instead of
// returning undefined, so a figure or page that asks for something missing stops the build.
// A non-English edition reads the English base entry with its overlay laid over it
// (lib/data/overlay.ts), so numbers and ids stay in one file.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Dataset } from '../../schemas/dataset';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Guide } from '../../schemas/guide';
import type { Source } from '../../schemas/source';
import type { Unit } from '../../schemas/unit';
import type { Update } from '../../schemas/update';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { overlayDataset, overlayGlossary, overlaySource, overlayUpdate } from './overlay';

export { getField, getRow, rowSources } from './rows';

/** The id of an edition's entry: "the-flow" in English, "es/the-flow" in Spanish. */
export const editionId = (locale: Locale, id: string) => (locale === DEFAULT_LOCALE ? id : `${locale}/${id}`);
/** The edition of an entry id, and its id without the edition folder. */
export function splitEditionId(id: string): { locale: Locale; slug: string } {
  const i = id.indexOf('/');
  return i < 0 ? { locale: DEFAULT_LOCALE, slug: id } : { locale: id.slice(0, i) as Locale, slug: id.slice(i + 1) };
}

async function overlayOf<C extends 'datasetText' | 'sourceText' | 'glossaryText' | 'updateText'>(collection: C, locale: Locale, id: string): Promise<CollectionEntry<C>['data'] | undefined> {
  if (locale === DEFAULT_LOCALE) return undefined;
  const entry = await getEntry(collection, editionId(locale, id));
  if (!entry) throw new Error(`No ${locale} text for "${id}": add its file under the ${locale}/ folder of the collection "${collection}"`);
  return entry.data as CollectionEntry<C>['data'];
}

export async function getDataset(id: string, locale: Locale = DEFAULT_LOCALE): Promise<Dataset> {
  const entry = await getEntry('datasets', id);
  if (!entry) throw new Error(`Unknown dataset "${id}": no content/data/${id}.json`);
  const text = await overlayOf('datasetText', locale, id);
  return text ? overlayDataset(entry.data, text) : entry.data;
}

export async function getSource(id: string, locale: Locale = DEFAULT_LOCALE): Promise<Source> {
  const entry = await getEntry('sources', id);
  if (!entry) throw new Error(`Unknown source "${id}": no content/sources/${id}.json`);
  const text = await overlayOf('sourceText', locale, id);
  return text ? overlaySource(entry.data, text) : entry.data;
}

export async function getTerm(id: string, locale: Locale = DEFAULT_LOCALE): Promise<GlossaryTerm> {
  const entry = await getEntry('glossary', id);
  if (!entry) throw new Error(`Unknown glossary term "${id}": no content/glossary/${id}.json`);
  const text = await overlayOf('glossaryText', locale, id);
  return text ? overlayGlossary(entry.data, text) : entry.data;
}

/** The teacher's guide of a chapter (the integrity gate makes sure every chapter has one). */
export async function getGuide(chapter: string, locale: Locale = DEFAULT_LOCALE): Promise<Guide> {
  const entry = await getEntry('teaching', editionId(locale, chapter));
  if (!entry) throw new Error(`No teacher's guide for chapter "${chapter}": add content/teaching/${editionId(locale, chapter)}.json`);
  return entry.data;
}

/** A chapter's short version (content/short), to render with `render()`; the gate makes sure every chapter has one. */
export async function getShort(chapter: string, locale: Locale = DEFAULT_LOCALE) {
  const entry = await getEntry('short', editionId(locale, chapter));
  if (!entry) throw new Error(`No short version for chapter "${chapter}": add content/short/${editionId(locale, chapter)}.mdx`);
  return entry;
}

/** The unit plan across chapters (content/unit). */
export async function getUnit(locale: Locale = DEFAULT_LOCALE): Promise<Unit> {
  const entry = await getEntry('unit', editionId(locale, 'unit'));
  if (!entry) throw new Error(`No unit plan: add content/unit/${editionId(locale, 'unit')}.json`);
  return entry.data;
}

/** The home page's content (its lede, standfirst and the link to the story's bottom line). */
export async function getHome(locale: Locale = DEFAULT_LOCALE) {
  const entry = await getEntry('home', locale);
  if (!entry) throw new Error(`content/home/${locale}.mdx is missing: the home page needs its lede`);
  return entry;
}

/** A prose page of an edition (content/pages). */
export async function getPage(name: string, locale: Locale = DEFAULT_LOCALE) {
  const entry = await getEntry('pages', editionId(locale, name));
  if (!entry) throw new Error(`content/pages/${editionId(locale, name)}.mdx is missing`);
  return entry;
}

/** The names of the prose pages (the English ones; every edition has the same). */
export async function getPageNames(): Promise<string[]> {
  return (await getCollection('pages')).map((e) => splitEditionId(e.id)).filter((e) => e.locale === DEFAULT_LOCALE).map((e) => e.slug);
}

/**
 * An edition's chapters in reading order. Each entry's `id` is the chapter slug (the same in
 * every edition); `render()` still works, since Astro renders an entry from its file path.
 */
export async function getChapters(locale: Locale = DEFAULT_LOCALE) {
  return (await getCollection('chapters'))
    .map((e) => ({ ...e, ...splitEditionId(e.id) }))
    .filter((e) => e.locale === locale)
    .map((e) => ({ ...e, id: e.slug }))
    .sort((a, b) => a.data.order - b.data.order);
}
export type ChapterEntry = Awaited<ReturnType<typeof getChapters>>[number];

export async function getAllSources(locale: Locale = DEFAULT_LOCALE): Promise<Source[]> {
  const all = await Promise.all((await getCollection('sources')).map((e) => getSource(e.id, locale)));
  return all.sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
}

export async function getAllDatasets(locale: Locale = DEFAULT_LOCALE): Promise<Dataset[]> {
  const all = await Promise.all((await getCollection('datasets')).map((e) => getDataset(e.id, locale)));
  return all.sort((a, b) => a.title.localeCompare(b.title, locale));
}

export async function getGlossary(locale: Locale = DEFAULT_LOCALE): Promise<GlossaryTerm[]> {
  const all = await Promise.all((await getCollection('glossary')).map((e) => getTerm(e.id, locale)));
  return all.sort((a, b) => a.term.localeCompare(b.term, locale));
}

/** The corrections and updates log, newest first; optionally only entries about one chapter. */
export async function getUpdates(chapter?: string, locale: Locale = DEFAULT_LOCALE): Promise<Update[]> {
  const entries = (await getCollection('updates')).map((e) => e.data).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const chosen = chapter ? entries.filter((u) => u.chapters.length === 0 || u.chapters.includes(chapter)) : entries;
  return Promise.all(chosen.map(async (u) => { const text = await overlayOf('updateText', locale, u.id); return text ? overlayUpdate(u, text) : u; }));
}
