// Build-time accessors for the content collections. They throw instead of returning
// undefined, so a figure or page that asks for something missing stops the build.
import { getCollection, getEntry } from 'astro:content';
import type { Dataset } from '../../schemas/dataset';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Guide } from '../../schemas/guide';
import type { Source } from '../../schemas/source';

export { getField, getRow, rowSources } from './rows';

export async function getDataset(id: string): Promise<Dataset> {
  const entry = await getEntry('datasets', id);
  if (!entry) throw new Error(`Unknown dataset "${id}": no content/data/${id}.json`);
  return entry.data;
}

export async function getSource(id: string): Promise<Source> {
  const entry = await getEntry('sources', id);
  if (!entry) throw new Error(`Unknown source "${id}": no content/sources/${id}.json`);
  return entry.data;
}

export async function getTerm(id: string): Promise<GlossaryTerm> {
  const entry = await getEntry('glossary', id);
  if (!entry) throw new Error(`Unknown glossary term "${id}": no content/glossary/${id}.json`);
  return entry.data;
}

/** The teacher's guide of a chapter (the integrity gate makes sure every chapter has one). */
export async function getGuide(chapter: string): Promise<Guide> {
  const entry = await getEntry('teaching', chapter);
  if (!entry) throw new Error(`No teacher's guide for chapter "${chapter}": add content/teaching/${chapter}.json`);
  return entry.data;
}

/** The home page's content (its lede, standfirst and the link to the story's bottom line). */
export async function getHome(locale = 'en') {
  const entry = await getEntry('home', locale);
  if (!entry) throw new Error(`content/home/${locale}.mdx is missing: the home page needs its lede`);
  return entry;
}

/** Chapters in reading order. */
export async function getChapters() {
  return (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
}

export async function getAllSources(): Promise<Source[]> {
  return (await getCollection('sources')).map((e) => e.data).sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
}

export async function getAllDatasets(): Promise<Dataset[]> {
  return (await getCollection('datasets')).map((e) => e.data).sort((a, b) => a.title.localeCompare(b.title));
}

export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((e) => e.data).sort((a, b) => a.term.localeCompare(b.term));
}

/** The corrections and updates log, newest first; optionally only entries about one chapter. */
export async function getUpdates(chapter?: string) {
  const all = (await getCollection('updates')).map((e) => e.data).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return chapter ? all.filter((u) => u.chapters.length === 0 || u.chapters.includes(chapter)) : all;
}
