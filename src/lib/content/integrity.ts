// The build's integrity gate: schema errors, unknown ids across collections, empty or
// missing collections and unreadable files, each reported with file, field and bad value.
// Pure (no I/O) so every rule is unit tested; the content-integrity integration runs it.
import type { z } from 'astro/zod';
import { ChapterSchema } from '../../schemas/chapter';
import { ChartSchema } from '../../schemas/chart';
import { DatasetSchema } from '../../schemas/dataset';
import { GlossaryTermSchema } from '../../schemas/glossary';
import { GuideSchema } from '../../schemas/guide';
import { HomeSchema } from '../../schemas/home';
import { PageSchema } from '../../schemas/page';
import { ShortSchema } from '../../schemas/short';
import { UnitSchema } from '../../schemas/unit';
import { SourceSchema } from '../../schemas/source';
import { UpdateSchema } from '../../schemas/update';
import { MapStateSchema } from '../../schemas/map-state';
import { checkEntryStyle } from './style';
import { checkClassroom } from './classroom';
import { checkEditions } from './editions';
import { checkMapStates } from './maps';
import { checkCharts } from '../charts/check';
import { COLLECTIONS, type CollectionName, type RawContent, type RawEntry } from './read';

import type { IntegrityError } from './errors';
export type { IntegrityError };

/** The schema of each collection, as the gate and the tests apply it. */
export const SCHEMAS: Record<CollectionName, z.ZodType> = {
  sources: SourceSchema,
  datasets: DatasetSchema,
  glossary: GlossaryTermSchema,
  chapters: ChapterSchema,
  updates: UpdateSchema,
  teaching: GuideSchema,
  home: HomeSchema,
  pages: PageSchema,
  short: ShortSchema,
  unit: UnitSchema,
  maps: MapStateSchema,
  charts: ChartSchema,
};

/** The field that must equal the file name: chapters have none (the slug is the name), guides name their chapter. */
const ID_FIELD: Record<CollectionName, string | undefined> = { sources: 'id', datasets: 'id', glossary: 'id', chapters: undefined, updates: 'id', teaching: 'chapter', home: undefined, pages: undefined, short: undefined, unit: undefined, maps: 'id', charts: undefined };

/** `rows[3].year` from a zod path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || '(file)';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** Formats one error the way the build prints it. */
export function formatError(e: IntegrityError): string {
  const shown = e.value === undefined ? '' : ` = ${JSON.stringify(e.value)?.slice(0, 80)}`;
  return `${e.file} › ${e.field}${shown}: ${e.message}`;
}

interface Parsed {
  entry: RawEntry;
  data: Record<string, unknown>;
}

function parseAll(content: RawContent, errors: IntegrityError[]): Map<CollectionName, Parsed[]> {
  const parsed = new Map<CollectionName, Parsed[]>();
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) parsed.set(name, []);
  for (const entry of content.entries) {
    if (entry.error) {
      errors.push({ file: entry.file, field: '(file)', message: entry.error });
      continue;
    }
    const result = SCHEMAS[entry.collection].safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ file: entry.file, field: fieldPath(issue.path), value: valueAt(entry.data, issue.path), message: issue.message });
      }
      continue;
    }
    const data = result.data as Record<string, unknown>;
    const idField = ID_FIELD[entry.collection];
    if (idField && data[idField] !== entry.id) {
      errors.push({ file: entry.file, field: idField, value: data[idField], message: `must equal the file name "${entry.id}"` });
    }
    parsed.get(entry.collection)!.push({ entry, data });
  }
  return parsed;
}

function checkCollectionsPresent(content: RawContent, errors: IntegrityError[]): void {
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { dir, ext } = COLLECTIONS[name];
    if (content.missing.includes(name)) {
      errors.push({ file: `${dir}/`, field: '(folder)', message: `the ${name} folder is missing` });
    } else if (!content.entries.some((e) => e.collection === name)) {
      errors.push({ file: `${dir}/`, field: '(folder)', message: `the ${name} collection is empty: no *${ext} file found` });
    }
  }
}

/** Runs every cross-collection rule and returns all errors (empty when the content is sound). */
export function checkContent(content: RawContent): IntegrityError[] {
  const errors: IntegrityError[] = [];
  checkCollectionsPresent(content, errors);
  const parsed = parseAll(content, errors);
  const ids = (c: CollectionName) => new Set(parsed.get(c)!.map((p) => p.entry.id));
  const sources = ids('sources');
  const datasets = ids('datasets');
  const glossary = ids('glossary');
  const used = new Set<string>();

  const expect = (file: string, field: string, id: unknown, known: Set<string>, what: string) => {
    used.add(String(id));
    if (!known.has(String(id))) errors.push({ file, field, value: id, message: `unknown ${what} id` });
  };

  for (const { entry, data } of parsed.get('datasets')!) {
    (data.sources as string[]).forEach((s, i) => expect(entry.file, `sources[${i}]`, s, sources, 'source'));
  }
  for (const { entry, data } of parsed.get('glossary')!) expect(entry.file, 'source', data.source, sources, 'source');
  for (const { entry, data } of parsed.get('chapters')!) {
    (data.sources as string[]).forEach((s, i) => expect(entry.file, `sources[${i}]`, s, sources, 'source'));
    (data.datasets as string[]).forEach((d, i) => expect(entry.file, `datasets[${i}]`, d, datasets, 'dataset'));
    (data.keyTerms as string[]).forEach((t, i) => expect(entry.file, `keyTerms[${i}]`, t, glossary, 'glossary term'));
  }
  for (const { entry, data } of parsed.get('home')!) {
    (data.sources as string[]).forEach((s, i) => expect(entry.file, `sources[${i}]`, s, sources, 'source'));
  }
  const chapterIds = ids('chapters');
  for (const { entry, data } of parsed.get('home')!) expect(entry.file, 'bottomLine.chapter', (data.bottomLine as { chapter: string }).chapter, chapterIds, 'chapter');
  for (const { entry, data } of parsed.get('updates')!) {
    (data.chapters as string[]).forEach((c, i) => expect(entry.file, `chapters[${i}]`, c, chapterIds, 'chapter'));
    (data.sources as string[]).forEach((s, i) => expect(entry.file, `sources[${i}]`, s, sources, 'source'));
  }
  const guided = new Set<string>();
  for (const { entry, data } of parsed.get('teaching')!) {
    expect(entry.file, 'chapter', data.chapter, chapterIds, 'chapter');
    guided.add(String(data.chapter));
    (data.activities as { datasets: string[] }[]).forEach((a, i) => a.datasets.forEach((d, j) => expect(entry.file, `activities[${i}].datasets[${j}]`, d, datasets, 'dataset')));
  }
  for (const { entry } of parsed.get('chapters')!) {
    if (!guided.has(entry.id)) errors.push({ file: entry.file, field: '(file)', message: `has no teacher's guide: add content/teaching/${entry.id}.json` });
  }
  const siteCards = parsed.get('chapters')!.filter((p) => p.data.siteCard === true);
  for (const { entry } of siteCards.slice(1)) {
    errors.push({ file: entry.file, field: 'siteCard', value: true, message: `only one chapter may give the site card its graphic; ${siteCards[0]!.entry.file} already does` });
  }
  const orders = new Map<number, string>();
  for (const { entry, data } of parsed.get('chapters')!) {
    const order = data.order as number;
    if (orders.has(order)) errors.push({ file: entry.file, field: 'order', value: order, message: `same order as ${orders.get(order)}` });
    orders.set(order, entry.file);
  }
  for (const list of parsed.values()) for (const { entry } of list) errors.push(...checkEntryStyle(entry));
  for (const entry of content.editions ?? []) errors.push(...checkEntryStyle(entry));
  errors.push(...checkEditions(content));
  errors.push(...checkCharts(parsed.get('charts')!.map((p) => ({ file: p.entry.file, id: p.entry.id, data: p.data as never })), parsed.get('datasets')!.map((p) => p.data as never), content.editions ?? []));
  errors.push(...checkClassroom(content));
  errors.push(...checkMapStates(content));
  for (const { entry, data } of parsed.get('sources')!) {
    if (!used.has(String(data.id))) {
      errors.push({ file: entry.file, field: 'id', value: data.id, message: 'this source is not used by any chapter, dataset or glossary term' });
    }
  }
  return errors;
}
