// remark plugin for chapter MDX: checks every <Cite>, <Fact> and <Term> against the content
// registry, refuses prose numbers that lead to no source, numbers the notes and hands them to
// the page as `remarkPluginFrontmatter.notes`; for a chapter it also reports the figures it
// places (`remarkPluginFrontmatter.figures`, lib/notes/figures.ts) and wires its scroll stories
// (lib/notes/scrolly.ts). Any failure stops the build at file:line.
import { relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { contentLoader } from '../content/loader';
import type { RawContent } from '../content/read';
import { DEFAULT_LOCALE, LOCALE_INFO, isLocale, type Locale } from '../i18n/locales';
import { figuresOf } from './figures';
import { NOT_FIGURES, attr, containsReference, hasExpressionAttr, isJsx, numberNotes, proseText, setAttr, walk, type JsxNode } from './references';
import { bindScrollies } from './scrolly';

interface Options {
  /** Project root (absolute). */
  root: string;
}

interface Registry {
  sources: Set<string>;
  glossary: Set<string>;
  datasets: Map<string, { sources: string[]; fields: Set<string>; rows: Map<string, Record<string, unknown>> }>;
}

const registries = new WeakMap<RawContent, Registry>();

/** The ids and rows the checks look up, built once per content snapshot (the loader's). */
function registryOf(content: RawContent): Registry {
  const cached = registries.get(content);
  if (cached) return cached;
  const registry = buildRegistry(content);
  registries.set(content, registry);
  return registry;
}

function buildRegistry({ entries }: RawContent): Registry {
  const registry: Registry = { sources: new Set(), glossary: new Set(), datasets: new Map() };
  for (const e of entries) {
    if (e.collection === 'sources') registry.sources.add(e.id);
    if (e.collection === 'glossary') registry.glossary.add(e.id);
    if (e.collection === 'datasets' && e.data) {
      const d = e.data as { sources: string[]; fields: { key: string }[]; rows: Record<string, unknown>[] };
      registry.datasets.set(e.id, {
        sources: d.sources ?? [],
        fields: new Set((d.fields ?? []).map((f) => f.key)),
        rows: new Map((d.rows ?? []).map((r) => [String(r.id), r])),
      });
    }
  }
  return registry;
}

/** The numbers in a text, normalised ("33,550" → "33550", "71.5%" → "71.5"). */
export function numeralsOf(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => String(Number(m[0].replace(/,/g, ''))));
}

/** Every number a dataset states, exactly and rounded to whole numbers and to one decimal. */
function datasetNumerals(registry: Registry, id: string): string[] {
  const data = registry.datasets.get(id);
  if (!data) return [];
  const out: string[] = [];
  for (const row of data.rows.values()) {
    for (const [key, v] of Object.entries(row)) {
      if (key === 'id' || key === 'sources') continue;
      if (typeof v === 'number') out.push(String(v), String(Math.round(v)), String(Math.round(v * 10) / 10));
      else if (typeof v === 'string') out.push(...numeralsOf(v));
    }
  }
  return out;
}

/** The anchor ids Astro gives a Markdown file's headings (github-slugger over the heading text). */
export function headingIds(markdown: string): string[] {
  const slugger = new GithubSlugger();
  return [...markdown.replace(/^---[\s\S]*?\n---\n/, '').matchAll(/^#{2,6} +(.+?) *$/gm)].map((m) => slugger.slug(m[1]!));
}

/** The edition and the English twin of a content file: content/chapters/es/x.mdx → es, content/chapters/x.mdx. */
export function editionOf(path: string): { locale: Locale; base: string } {
  const parts = path.split('/');
  if (parts[0] === 'content' && parts[1] === 'home') {
    const code = parts[2]!.replace(/\.mdx$/, '');
    return { locale: isLocale(code) ? code : DEFAULT_LOCALE, base: 'content/home/en.mdx' };
  }
  const code = parts.length === 4 ? parts[2] : undefined;
  if (code === undefined) return { locale: DEFAULT_LOCALE, base: path };
  if (!isLocale(code)) throw new Error(`${path}: "${code}" is not an edition (src/lib/i18n/locales.ts)`);
  return { locale: code, base: [parts[0], parts[1], parts[3]].join('/') };
}

/** The text of an English base file, from the loaded content (the twin whose headings set the anchors). */
function englishText(content: RawContent, file: string): string {
  const entry = content.entries.find((e) => e.file === file);
  if (entry?.text === undefined) throw new Error(`${file}: the English twin could not be read${entry?.error ? ` (${entry.error})` : ''}`);
  return entry.text;
}

export default function remarkChapter({ root }: Options) {
  return (tree: Node, file: VFile) => {
    const path = file.path ? relative(root, file.path) : '';
    if (!['content/chapters/', 'content/home/', 'content/short/'].some((dir) => path.startsWith(dir))) return;
    const fm = ((file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {}) as Record<string, unknown>;
    const declaredSources = new Set((fm.sources as string[] | undefined) ?? []);
    const declaredDatasets = new Set((fm.datasets as string[] | undefined) ?? []);
    const content = contentLoader.content(root);
    const registry = registryOf(content);
    const fail = (node: Node, message: string): never => file.fail(`${relative(root, file.path)}: ${message}`, node as never);
    const { locale, base } = editionOf(path);
    // Another edition's headings take the English anchor ids, by position, so every deep link
    // works in both editions; its site links point into its own edition.
    const anchors = locale === DEFAULT_LOCALE || path.startsWith('content/home/') ? undefined : headingIds(englishText(content, base));
    let heading = 0;
    // The chapter's figures as written, before the notes and scroll wiring add attributes.
    if (path.startsWith('content/chapters/')) fm.figures = figuresOf(tree, base.slice('content/chapters/'.length, -'.mdx'.length), fail);

    const refNodes: JsxNode[] = [];
    const refSources: string[][] = [];
    const usedDatasets = new Set<string>();
    const termNodes: JsxNode[] = [];
    const figureIds: string[] = [];
    const citedNumbers = new Set<string>();
    const figureTitles: { node: JsxNode; datasets: string[]; text: string }[] = [];

    walk(tree, (node) => {
      if (anchors && node.type === 'heading') {
        const id = anchors[heading++];
        if (!id) fail(node, `has more headings than ${base} (${anchors.length}); every edition keeps the English headings, in order`);
        const data = ((node as { data?: Record<string, unknown> }).data ??= {});
        data.hProperties = { ...(data.hProperties as object | undefined), id };
      }
      if (locale !== DEFAULT_LOCALE && node.type === 'link') {
        const link = node as Node & { url: string };
        const prefix = LOCALE_INFO[locale].prefix;
        if (link.url.startsWith('/') && !link.url.startsWith(`${prefix}/`)) link.url = `${prefix}${link.url}`;
      }
      if (node.type === 'paragraph' && /\d/.test(proseText(node))) {
        if (!containsReference(node)) fail(node, `a paragraph states a number or date without a <Fact> or <Cite>: "${proseText(node).slice(0, 70)}…"`);
        numeralsOf(proseText(node)).forEach((n) => citedNumbers.add(n));
      }
      if (!isJsx(node) || !node.name) return;
      if (node.name === 'Step' && !attr(node, 'alt')?.trim()) fail(node, `<Step id="${attr(node, 'id') ?? ''}"> needs an alt: what the graphic shows in this step, in words`);
      const figureId = attr(node, 'id');
      const figureData = [attr(node, 'dataset'), ...(attr(node, 'datasets') ?? '').split(/\s+/)].filter((d): d is string => Boolean(d));
      if (figureId && attr(node, 'title') && !NOT_FIGURES.has(node.name)) {
        figureIds.push(figureId);
        figureTitles.push({ node, datasets: figureData, text: [attr(node, 'title'), attr(node, 'subtitle')].filter(Boolean).join(' ') });
      }
      figureData.forEach((d) => usedDatasets.add(d));
      if (node.name !== 'Fact' && figureData.length > 0) {
        const sources = figureData.flatMap((d) => {
          const data = registry.datasets.get(d);
          if (!data) return fail(node, `<${node.name} dataset="${d}">: unknown dataset "${d}" (no content/data/${d}.json)`);
          if (!declaredDatasets.has(d)) fail(node, `<${node.name} dataset="${d}">: "${d}" is not in this chapter's front matter "datasets"`);
          return data.sources;
        });
        for (const s of sources) {
          if (!declaredSources.has(s)) fail(node, `<${node.name}> uses dataset source "${s}", which is not in this chapter's front matter "sources"`);
        }
        refNodes.push(node);
        refSources.push([...new Set(sources)]);
      }
      for (const name of ['id', 'dataset', 'row', 'field']) {
        if (hasExpressionAttr(node, name)) fail(node, `<${node.name} ${name}> must be a plain string, not an expression`);
      }
      if (node.name === 'Cite') {
        const id = attr(node, 'id');
        if (!id) return fail(node, '<Cite> needs an id');
        if (!registry.sources.has(id)) fail(node, `<Cite id="${id}">: unknown source id "${id}" (no content/sources/${id}.json)`);
        if (!declaredSources.has(id)) fail(node, `<Cite id="${id}">: "${id}" is not in this chapter's front matter "sources"`);
        refNodes.push(node);
        refSources.push([id]);
      }
      if (node.name === 'Fact') {
        const [ds, rowId, field] = [attr(node, 'dataset'), attr(node, 'row'), attr(node, 'field')];
        if (!ds || !rowId || !field) return fail(node, '<Fact> needs dataset, row and field');
        const data = registry.datasets.get(ds);
        if (!data) return fail(node, `<Fact dataset="${ds}">: unknown dataset "${ds}" (no content/data/${ds}.json)`);
        if (!declaredDatasets.has(ds)) fail(node, `<Fact dataset="${ds}">: "${ds}" is not in this chapter's front matter "datasets"`);
        const row = data.rows.get(rowId);
        if (!row) return fail(node, `<Fact dataset="${ds}" row="${rowId}">: dataset "${ds}" has no row "${rowId}"`);
        if (!data.fields.has(field)) fail(node, `<Fact dataset="${ds}" field="${field}">: dataset "${ds}" has no field "${field}"`);
        if (row[field] === null || row[field] === undefined) fail(node, `<Fact dataset="${ds}" row="${rowId}" field="${field}">: the value is missing (a gap)`);
        const sources = (row.sources as string[] | undefined) ?? data.sources;
        for (const s of sources) {
          if (!declaredSources.has(s)) fail(node, `<Fact dataset="${ds}" row="${rowId}">: its source "${s}" is not in this chapter's front matter "sources"`);
        }
        refNodes.push(node);
        refSources.push(sources);
      }
      if (node.name === 'Term') {
        const id = attr(node, 'id');
        if (!id || !registry.glossary.has(id)) fail(node, `<Term id="${id ?? ''}">: unknown glossary term (no content/glossary/${id}.json)`);
        termNodes.push(node);
      }
    });

    if (anchors && heading !== anchors.length) fail(tree, `has ${heading} headings, ${base} has ${anchors.length}; every edition keeps the English headings, in order`);
    const { notes, refIds } = numberNotes(refSources);
    const numberOf = new Map(notes.map((note) => [note.source, note.n]));
    refNodes.forEach((node, i) => {
      setAttr(node, 'refId', refIds[i]!);
      setAttr(node, 'notes', refSources[i]!.map((s) => numberOf.get(s)).join(' '));
    });
    termNodes.forEach((node, i) => setAttr(node, 'uid', `term-${i + 1}`));
    const cited = new Set(notes.map((n) => n.source));
    for (const s of declaredSources) {
      if (!cited.has(s)) fail(tree, `front matter "sources" lists "${s}" but the text never cites it`);
    }
    const termIds = new Set(termNodes.map((n) => attr(n, 'id')));
    for (const t of (fm.keyTerms as string[] | undefined) ?? []) {
      if (!termIds.has(t)) fail(tree, `front matter "keyTerms" lists "${t}" but the text never marks it with <Term id="${t}">`);
    }
    // Numbers outside paragraphs (front matter, figure titles) must be ones the sourced text or data states.
    const known = new Set([...citedNumbers, ...[...usedDatasets].flatMap((d) => datasetNumerals(registry, d))]);
    for (const { node, datasets, text } of figureTitles) {
      const own = new Set(datasets.flatMap((d) => datasetNumerals(registry, d)));
      for (const n of numeralsOf(text)) {
        if (!own.has(n) && !known.has(n)) fail(node, `<${node.name} id="${attr(node, 'id')}"> title states "${n}", which neither its data nor the chapter's sourced text gives`);
      }
    }
    for (const field of ['title', 'dek', 'summary', 'questions'] as const) {
      const values = ([] as unknown[]).concat(fm[field] ?? []).map(String);
      for (const n of values.flatMap(numeralsOf)) {
        if (!known.has(n)) fail(tree, `front matter "${field}" states "${n}", but no <Fact>, cited paragraph or dataset of this chapter gives that number`);
      }
    }
    const keyFigure = fm.keyFigure as string | undefined;
    if (keyFigure !== undefined && !figureIds.includes(keyFigure)) {
      fail(tree, `front matter "keyFigure" is "${keyFigure}" but the chapter has no figure with that id (its figures: ${figureIds.join(', ') || 'none'})`);
    }
    for (const d of declaredDatasets) {
      if (!usedDatasets.has(d)) fail(tree, `front matter "datasets" lists "${d}" but no <Fact> or figure uses it`);
    }
    // Last, so the still pictures it adds to the steps are not counted as figures or references.
    bindScrollies(tree, fail);
    fm.notes = notes;
  };
}
