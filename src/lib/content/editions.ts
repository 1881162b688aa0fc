// The gate's rules for the other editions: every English chapter, guide, dataset, source,
// glossary term and update has its twin or overlay in every edition (and nothing else), each
// matches its schema, and a translated chapter keeps the English one's figure, step and box ids,
// its citations in order, its headings and its front-matter lists. Pure, like integrity.ts.
import type { z } from 'astro/zod';
import { ChapterSchema } from '../../schemas/chapter';
import { DatasetSchema, type Dataset } from '../../schemas/dataset';
import { GuideSchema, type Guide } from '../../schemas/guide';
import { PageSchema } from '../../schemas/page';
import { ShortSchema } from '../../schemas/short';
import { UnitSchema, type Unit } from '../../schemas/unit';
import { ChartOverlaySchema } from '../../schemas/chart';
import { DatasetOverlaySchema, GlossaryOverlaySchema, SourceOverlaySchema, UpdateOverlaySchema } from '../../schemas/overlays';
import { MapStateOverlaySchema } from '../../schemas/map-state';
import { LOCALES, DEFAULT_LOCALE } from '../i18n/locales';
import { datasetOverlayProblems } from '../data/overlay';
import type { CollectionName, RawContent, RawEntry } from './read';
import type { IntegrityError } from './errors';

/** Collections whose editions hold whole translated entries, and those that hold overlays. */
const WHOLE: Partial<Record<CollectionName, z.ZodType>> = { chapters: ChapterSchema, teaching: GuideSchema, pages: PageSchema, short: ShortSchema, unit: UnitSchema };
const OVERLAY: Partial<Record<CollectionName, z.ZodType>> = { datasets: DatasetOverlaySchema, sources: SourceOverlaySchema, glossary: GlossaryOverlaySchema, updates: UpdateOverlaySchema, maps: MapStateOverlaySchema, charts: ChartOverlaySchema };
/** Front-matter values a translated chapter must keep exactly. */
const SAME_FRONTMATTER = ['order', 'published', 'updated', 'keyTerms', 'sources', 'datasets', 'keyFigure', 'siteCard'] as const;

/** What a chapter body must keep across editions: component ids in order, citations in order, heading count. */
export function chapterSkeleton(body: string): { ids: string[]; cites: string[]; headings: number } {
  const tags = [...body.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)];
  const id = (attrs: string) => /\bid="([^"]+)"/.exec(attrs)?.[1];
  return {
    ids: tags.filter(([, name, attrs]) => name !== 'Cite' && name !== 'Term' && id(attrs!)).map(([, name, attrs]) => `${name}#${id(attrs!)}`),
    cites: tags.filter(([, name]) => name === 'Cite').map(([, , attrs]) => id(attrs!) ?? ''),
    headings: (body.match(/^#{2,6} /gm) ?? []).length,
  };
}

function firstDifference(a: string[], b: string[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `#${i + 1}: English "${a[i] ?? '(none)'}", this edition "${b[i] ?? '(none)'}"`;
  return undefined;
}

function compareChapters(base: RawEntry, twin: RawEntry, errors: IntegrityError[]): void {
  const a = base.data as Record<string, unknown>;
  const b = twin.data as Record<string, unknown>;
  for (const key of SAME_FRONTMATTER) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) errors.push({ file: twin.file, field: key, value: b[key], message: `must be the same as in ${base.file}` });
  }
  if ((a.questions as unknown[] | undefined)?.length !== (b.questions as unknown[] | undefined)?.length) errors.push({ file: twin.file, field: 'questions', message: `must have as many questions as ${base.file}` });
  const x = chapterSkeleton(base.body ?? '');
  const y = chapterSkeleton(twin.body ?? '');
  const ids = firstDifference(x.ids, y.ids);
  if (ids) errors.push({ file: twin.file, field: '(body)', message: `figure, step and box ids must follow ${base.file}; first difference at ${ids}` });
  const cites = firstDifference(x.cites, y.cites);
  if (cites) errors.push({ file: twin.file, field: '(body)', message: `citations must follow ${base.file} one for one; first difference at ${cites}` });
  if (x.headings !== y.headings) errors.push({ file: twin.file, field: '(body)', message: `has ${y.headings} headings, ${base.file} has ${x.headings}; the anchors come from the English headings, in order` });
}

function compareGuides(base: RawEntry, twin: RawEntry, errors: IntegrityError[]): void {
  type G = Pick<Guide, 'chapter' | 'goals' | 'exitTicket' | 'handouts' | 'plan' | 'standards' | 'questionLookFors' | 'vocabulary'> & { activities: { minutes: number; datasets: string[]; steps: unknown[] }[] };
  const shape = (g: G) =>
    JSON.stringify({
      chapter: g.chapter,
      goals: g.goals?.length,
      activities: g.activities?.map((x) => [x.minutes, x.datasets, x.steps?.length]),
      questions: g.questionLookFors?.length,
      answer: g.exitTicket?.share.answer,
      figure: g.exitTicket?.chart.figure,
      handouts: g.handouts?.map((h) => [h.dataset, h.columns, h.groupBy]),
      plan: g.plan && [g.plan.homework.map((x) => x.minutes), g.plan.inClass.map((x) => x.minutes)],
      standards: g.standards?.codes,
      vocabulary: g.vocabulary?.length,
    });
  if (shape(base.data as G) !== shape(twin.data as G)) {
    errors.push({ file: twin.file, field: '(file)', message: `must keep the structure of ${base.file}: the chapter, the number of goals, each activity's minutes, datasets and number of steps, the number of question look-fors, the exit ticket's answer and figure, the handouts, the plan's minutes, the standards and the number of vocabulary entries` });
  }
}

function compareUnits(base: RawEntry, twin: RawEntry, errors: IntegrityError[]): void {
  const shape = (u: Unit) =>
    JSON.stringify({
      days: u.days?.map((d) => [d.chapters, d.steps.map((x) => x.minutes), Boolean(d.homework)]),
      figures: u.task?.figures,
      voices: u.task?.voices.map((v) => [v.speaker, v.side, v.chapter, v.source]),
      rubric: u.task?.rubric.map((r) => r.score),
    });
  if (shape(base.data as Unit) !== shape(twin.data as Unit)) {
    errors.push({ file: twin.file, field: '(file)', message: `must keep the structure of ${base.file}: each day's chapters, minutes and homework, the task's figures, its voices (speaker, side, chapter, source) and the rubric's scores` });
  }
}

/** Every rule across editions; the English base entries are checked by integrity.ts. */
export function checkEditions(content: RawContent): IntegrityError[] {
  const errors: IntegrityError[] = [];
  const editions = content.editions ?? [];
  for (const entry of editions) {
    if (!(LOCALES as readonly string[]).includes(entry.locale!) || entry.locale === DEFAULT_LOCALE) {
      errors.push({ file: entry.file, field: '(folder)', message: `"${entry.locale}" is not an edition; editions are ${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join(', ')} (src/lib/i18n/locales.ts)` });
    }
  }
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    for (const collection of [...Object.keys(WHOLE), ...Object.keys(OVERLAY)] as CollectionName[]) {
      const bases = new Map(content.entries.filter((e) => e.collection === collection && !e.error).map((e) => [e.id, e]));
      const twins = new Map(editions.filter((e) => e.collection === collection && e.locale === locale).map((e) => [e.id, e]));
      for (const [id, base] of bases) {
        if (!twins.has(id)) errors.push({ file: base.file, field: '(file)', message: `has no ${locale} edition: add ${base.file.replace(/\/([^/]+)$/, `/${locale}/$1`)}` });
      }
      for (const [id, twin] of twins) {
        const base = bases.get(id);
        if (twin.error) { errors.push({ file: twin.file, field: '(file)', message: twin.error }); continue; }
        if (!base) { errors.push({ file: twin.file, field: '(file)', message: `has no English base entry with the same file name` }); continue; }
        const schema = (WHOLE[collection] ?? OVERLAY[collection])!;
        const result = schema.safeParse(twin.data);
        if (!result.success) {
          for (const issue of result.error.issues) errors.push({ file: twin.file, field: issue.path.join('.') || '(file)', message: issue.message });
          continue;
        }
        if (collection === 'chapters') compareChapters(base, twin, errors);
        if (collection === 'teaching') compareGuides(base, twin, errors);
        if (collection === 'unit') compareUnits(base, twin, errors);
        if (collection === 'datasets') {
          const parsed = DatasetSchema.safeParse(base.data);
          if (parsed.success) for (const p of datasetOverlayProblems(parsed.data as Dataset, result.data as never)) errors.push({ file: twin.file, field: p.split(':')[0]!, message: p.slice(p.indexOf(':') + 2) });
        }
      }
    }
    const homes = content.entries.filter((e) => e.collection === 'home');
    if (!homes.some((h) => h.id === locale)) errors.push({ file: 'content/home/', field: '(file)', message: `the ${locale} edition has no home page: add content/home/${locale}.mdx` });
  }
  return errors;
}
