// Build-time access to the figure registry (lib/reader/figures.ts) over the real chapters: each
// chapter's figures as its one compile reported them (remark-chapter's `figures`, read from
// Astro's compiled entry), collected once per build and edition. Figure ids are unique within an edition, and every edition
// uses the same ids (the parity test checks it), so /es/…#fig-x is the same figure as /…#fig-x.
import { render } from 'astro:content';
import { getChapters } from '../data/get';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { figureRegistry, keyFigureOf, type FigureInstance } from './figures';

const registries = new Map<Locale, Promise<FigureInstance[]>>();

export function getFigures(locale: Locale = DEFAULT_LOCALE): Promise<FigureInstance[]> {
  let registry = registries.get(locale);
  if (!registry) {
    registry = getChapters(locale)
      .then((chapters) => Promise.all(chapters.map(async (c) => ((await render(c)).remarkPluginFrontmatter.figures ?? []) as FigureInstance[])))
      .then(figureRegistry);
    registries.set(locale, registry);
  }
  return registry;
}

/** The registered figure with this id, or undefined (a figure outside any chapter). */
export async function findFigure(id: string, locale: Locale = DEFAULT_LOCALE): Promise<FigureInstance | undefined> {
  return (await getFigures(locale)).find((f) => f.id === id);
}

/** The key graphic of a chapter (its share-card figure). */
export async function getKeyFigure(chapter: { id: string; data: { keyFigure?: string | undefined } }, locale: Locale = DEFAULT_LOCALE): Promise<FigureInstance | undefined> {
  return keyFigureOf(await getFigures(locale), chapter.id, chapter.data.keyFigure);
}

/** The graphic of the site-wide share card: the key figure of the chapter whose front matter sets `siteCard`. */
export async function getSiteKeyFigure(locale: Locale = DEFAULT_LOCALE): Promise<FigureInstance | undefined> {
  const chapter = (await getChapters(locale)).find((c) => c.data.siteCard);
  return chapter && getKeyFigure(chapter, locale);
}
