// The gate's rules for the classroom pack, in every edition: each chapter has its guide, short
// version and (site-wide) unit plan; a guide's look-fors, exit ticket, vocabulary and handouts
// agree with its chapter and datasets; a short version stays short, plain and sourced; the unit
// plan's figures and quotations are the chapters' own. Pure, like integrity.ts and editions.ts.
import { SHORT_MAX_FACTS, SHORT_MAX_GRADE, SHORT_MIN_EASE_ES, SHORT_WORDS } from '../../schemas/short';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { NOT_FIGURES } from '../notes/references';
import { countWords, readingEaseEs, readingGrade } from './reading';
import type { IntegrityError } from './errors';
import type { RawContent, RawEntry } from './read';

type Json = Record<string, unknown>;
interface Chapter {
  entry: RawEntry;
  questions: number;
  sources: Set<string>;
  datasets: Set<string>;
  figures: string[];
  text: string;
}
interface Dataset {
  fields: Map<string, { type?: string }>;
  rows: Map<string, Json>;
}

/** Figure ids of a chapter body: the `id` of every figure component that has a `title`. */
export function figureIdsOf(body: string): string[] {
  return [...body.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)]
    .filter(([, name, attrs]) => !NOT_FIGURES.has(name!) && /\btitle=/.test(attrs!))
    .flatMap(([, , attrs]) => /\bid="([^"]+)"/.exec(attrs!)?.[1] ?? []);
}

/** A body's reader text for matching quotations: tags and emphasis removed (their words kept), spaces collapsed. */
export function plainText(body: string): string {
  return normalise(
    body
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/^(import|export)\s.*$/gm, ' ')
      .replace(/<[A-Za-z][^>]*\/>/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_]/g, ''),
  );
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The words of a short version's body, as `countWords` counts them. */
export function shortMetrics(body: string, locale: string) {
  return {
    words: countWords(body),
    facts: (body.match(/<Fact\b/g) ?? []).length,
    level: locale === 'es' ? readingEaseEs(body) : readingGrade(body),
    headings: (body.match(/^#{1,6} /gm) ?? []).length,
  };
}

function chaptersOf(entries: RawEntry[]): Map<string, Chapter> {
  return new Map(
    entries
      .filter((e) => e.collection === 'chapters' && !e.error)
      .map((entry) => {
        const fm = (entry.data ?? {}) as Json;
        const list = (k: string) => new Set(((fm[k] as string[] | undefined) ?? []).map(String));
        return [entry.id, { entry, questions: ((fm.questions as unknown[] | undefined) ?? []).length, sources: list('sources'), datasets: list('datasets'), figures: figureIdsOf(entry.body ?? ''), text: plainText(entry.body ?? '') }];
      }),
  );
}

function datasetsOf(entries: RawEntry[]): Map<string, Dataset> {
  return new Map(
    entries
      .filter((e) => e.collection === 'datasets' && !e.error)
      .map((e) => {
        const d = (e.data ?? {}) as { fields?: { key: string; type?: string }[]; rows?: Json[] };
        return [e.id, { fields: new Map((d.fields ?? []).map((f) => [f.key, f])), rows: new Map((d.rows ?? []).map((r) => [String(r.id), r])) }];
      }),
  );
}

function checkGuide(entry: RawEntry, chapter: Chapter | undefined, datasets: Map<string, Dataset>, glossary: Set<string>, strict: boolean, errors: IntegrityError[]): void {
  const g = (entry.data ?? {}) as Json;
  const push = (field: string, message: string, value?: unknown) => errors.push({ file: entry.file, field, message, ...(value === undefined ? {} : { value }) });
  if (!chapter) return;
  const required = ['questionLookFors', 'positionQuestion', 'exitTicket', 'vocabulary', 'handouts', 'plan', 'standards'];
  if (strict) for (const k of required) if (g[k] === undefined) push(k, `is missing: every chapter's pack has ${required.join(', ')} (src/schemas/guide.ts)`);
  const activities = (g.activities as { datasets?: string[]; lookFors?: unknown }[] | undefined) ?? [];
  if (strict) activities.forEach((a, i) => a.lookFors === undefined && push(`activities[${i}].lookFors`, 'is missing: what a strong answer shows'));
  const lookFors = g.questionLookFors as unknown[] | undefined;
  if (lookFors && lookFors.length !== chapter.questions) push('questionLookFors', `has ${lookFors.length} lists, but ${chapter.entry.file} has ${chapter.questions} questions: one list per question, in order`);

  const ticket = g.exitTicket as { share?: { answer?: { dataset: string; row: string; field: string } }; chart?: { figure?: string } } | undefined;
  const answer = ticket?.share?.answer;
  if (answer) {
    const data = datasets.get(answer.dataset);
    const row = data?.rows.get(answer.row);
    if (!chapter.datasets.has(answer.dataset)) push('exitTicket.share.answer.dataset', `is not one of ${chapter.entry.file}'s datasets`, answer.dataset);
    else if (!data) push('exitTicket.share.answer.dataset', 'unknown dataset id', answer.dataset);
    else if (!row) push('exitTicket.share.answer.row', `dataset "${answer.dataset}" has no such row`, answer.row);
    else if (!['share', 'count', 'number'].includes(data.fields.get(answer.field)?.type ?? '')) push('exitTicket.share.answer.field', `is not a share, count or number field of "${answer.dataset}"`, answer.field);
    else if (row[answer.field] === null || row[answer.field] === undefined) push('exitTicket.share.answer.field', 'the value is missing (a gap)', answer.field);
  }
  const figure = ticket?.chart?.figure;
  if (figure && !chapter.figures.includes(figure)) push('exitTicket.chart.figure', `is not a figure of ${chapter.entry.file} (its figures: ${chapter.figures.join(', ')})`, figure);

  const vocabulary = (g.vocabulary as { term: string; example: string; glossary?: string }[] | undefined) ?? [];
  vocabulary.forEach((v, i) => {
    if (v.glossary && !glossary.has(v.glossary)) push(`vocabulary[${i}].glossary`, 'unknown glossary term id', v.glossary);
    if (!chapter.text.includes(normalise(v.example))) push(`vocabulary[${i}].example`, `is not in ${chapter.entry.file}'s text word for word (tags are removed before matching; pick a span without a <Fact>)`, v.example);
  });
  const terms = vocabulary.map((v) => v.term.toLowerCase());
  terms.forEach((t, i) => terms.indexOf(t) !== i && push(`vocabulary[${i}].term`, 'appears twice', vocabulary[i]!.term));

  const handouts = (g.handouts as { dataset: string; columns: string[]; groupBy?: string }[] | undefined) ?? [];
  const handed = new Set(handouts.map((h) => h.dataset));
  handouts.forEach((h, i) => {
    const data = datasets.get(h.dataset);
    if (!data) return push(`handouts[${i}].dataset`, 'unknown dataset id', h.dataset);
    if (!activities.some((a) => a.datasets?.includes(h.dataset))) push(`handouts[${i}].dataset`, 'no activity uses this dataset', h.dataset);
    h.columns.forEach((c, j) => !data.fields.has(c) && push(`handouts[${i}].columns[${j}]`, `dataset "${h.dataset}" has no field "${c}" (its fields: ${[...data.fields.keys()].join(', ')})`, c));
    if (h.groupBy && data.fields.get(h.groupBy)?.type !== 'category') push(`handouts[${i}].groupBy`, `is not a category field of "${h.dataset}"`, h.groupBy);
  });
  if (strict || handouts.length > 0) {
    activities.forEach((a, i) => (a.datasets ?? []).forEach((d, j) => !handed.has(d) && push(`activities[${i}].datasets[${j}]`, `has no handout: add {"dataset": "${d}", …} to "handouts"`, d)));
  }
}

function checkShort(entry: RawEntry, chapter: Chapter | undefined, locale: string, errors: IntegrityError[]): void {
  const push = (field: string, message: string, value?: unknown): void => void errors.push({ file: entry.file, field, message, ...(value === undefined ? {} : { value }) });
  if (!chapter) return push('(file)', `has no chapter of the same name in content/chapters/${locale === DEFAULT_LOCALE ? '' : `${locale}/`}`);
  const fm = (entry.data ?? {}) as { sources?: string[]; datasets?: string[] };
  (fm.sources ?? []).forEach((s, i) => !chapter.sources.has(s) && push(`sources[${i}]`, `is not one of ${chapter.entry.file}'s sources: a short version cites what its chapter cites`, s));
  (fm.datasets ?? []).forEach((d, i) => !chapter.datasets.has(d) && push(`datasets[${i}]`, `is not one of ${chapter.entry.file}'s datasets`, d));
  const body = entry.body ?? '';
  const m = shortMetrics(body, locale);
  if (m.words < SHORT_WORDS.min || m.words > SHORT_WORDS.max) push('(body)', `has ${m.words} words; a short version has ${SHORT_WORDS.min}–${SHORT_WORDS.max}`);
  if (m.facts > SHORT_MAX_FACTS) push('(body)', `has ${m.facts} <Fact> numbers; a short version keeps at most ${SHORT_MAX_FACTS} key numbers`);
  if (locale === 'es' ? m.level < SHORT_MIN_EASE_ES : m.level > SHORT_MAX_GRADE) {
    push('(body)', locale === 'es' ? `reads at Fernández-Huerta ${m.level}; a short version needs ${SHORT_MIN_EASE_ES} or more (shorter sentences, shorter words)` : `reads at grade ${m.level}; a short version needs grade ${SHORT_MAX_GRADE} or below (shorter sentences, shorter words)`);
  }
  if (m.headings > 0) push('(body)', 'has headings; a short version is one continuous text');
  for (const [, id] of body.matchAll(/<ChapterFigure\b[^>]*\bid="([^"]+)"/g)) {
    if (!chapter.figures.includes(id!)) push('(body)', `<ChapterFigure id="${id}">: not a figure of ${chapter.entry.file} (its figures: ${chapter.figures.join(', ')})`, id);
  }
}

function checkUnit(entry: RawEntry, chapters: Map<string, Chapter>, errors: IntegrityError[]): void {
  const u = (entry.data ?? {}) as { days?: { chapters: string[] }[]; task?: { figures: string[]; voices: { quote: string; chapter: string; source: string }[] } };
  const push = (field: string, message: string, value?: unknown) => errors.push({ file: entry.file, field, message, ...(value === undefined ? {} : { value }) });
  (u.days ?? []).forEach((d, i) => d.chapters.forEach((c, j) => !chapters.has(c) && push(`days[${i}].chapters[${j}]`, 'unknown chapter', c)));
  const figures = new Set([...chapters.values()].flatMap((c) => c.figures));
  (u.task?.figures ?? []).forEach((f, i) => !figures.has(f) && push(`task.figures[${i}]`, 'is not a figure of any chapter', f));
  if (u.task && new Set(u.task.figures).size !== u.task.figures.length) push('task.figures', 'names a figure twice');
  (u.task?.voices ?? []).forEach((v, i) => {
    const chapter = chapters.get(v.chapter);
    if (!chapter) return push(`task.voices[${i}].chapter`, 'unknown chapter', v.chapter);
    if (!chapter.text.includes(normalise(v.quote))) push(`task.voices[${i}].quote`, `is not in ${chapter.entry.file}'s text word for word`, v.quote);
    if (!chapter.sources.has(v.source)) push(`task.voices[${i}].source`, `is not one of ${chapter.entry.file}'s sources`, v.source);
  });
}

/**
 * Every classroom-pack rule, in every edition. `strict` also requires every piece of the pack
 * (a guide's new fields, a short version per chapter, the unit plan).
 */
export function checkClassroom(content: RawContent, { strict = true } = {}): IntegrityError[] {
  const errors: IntegrityError[] = [];
  const all = [...content.entries, ...(content.editions ?? [])];
  const localeOf = (e: RawEntry) => e.locale ?? DEFAULT_LOCALE;
  const locales = [...new Set(all.filter((e) => e.collection === 'chapters').map(localeOf))];
  const datasets = datasetsOf(content.entries);
  const glossary = new Set(content.entries.filter((e) => e.collection === 'glossary').map((e) => e.id));
  for (const locale of locales) {
    const inEdition = all.filter((e) => localeOf(e) === locale && !e.error);
    const chapters = chaptersOf(inEdition);
    for (const guide of inEdition.filter((e) => e.collection === 'teaching')) checkGuide(guide, chapters.get(guide.id), datasets, glossary, strict, errors);
    const shorts = new Map(inEdition.filter((e) => e.collection === 'short').map((e) => [e.id, e]));
    for (const short of shorts.values()) checkShort(short, chapters.get(short.id), locale, errors);
    const units = inEdition.filter((e) => e.collection === 'unit');
    for (const unit of units) checkUnit(unit, chapters, errors);
    if (!strict) continue;
    for (const chapter of chapters.values()) {
      if (!shorts.has(chapter.entry.id)) errors.push({ file: chapter.entry.file, field: '(file)', message: `has no short version: add ${chapter.entry.file.replace('content/chapters/', 'content/short/')}` });
    }
    if (units.length === 0) errors.push({ file: 'content/unit/', field: '(file)', message: `the ${locale} edition has no unit plan: add content/unit/${locale === DEFAULT_LOCALE ? '' : `${locale}/`}unit.json` });
  }
  return errors;
}
