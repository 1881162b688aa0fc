// Build-time access to the figure registry (lib/reader/figures.ts) over the real chapters,
// read once per build.
import { getChapters } from '../data/get';
import { figureRegistry, keyFigureOf, type FigureInstance } from './figures';

let registry: Promise<FigureInstance[]> | undefined;

export function getFigures(): Promise<FigureInstance[]> {
  registry ??= getChapters().then((chapters) => figureRegistry(chapters.map((c) => ({ slug: c.id, body: c.body ?? '' }))));
  return registry;
}

/** The registered figure with this id, or undefined (a figure outside any chapter). */
export async function findFigure(id: string): Promise<FigureInstance | undefined> {
  return (await getFigures()).find((f) => f.id === id);
}

/** The key graphic of a chapter (its share-card figure). */
export async function getKeyFigure(chapter: { id: string; data: { keyFigure?: string | undefined } }): Promise<FigureInstance | undefined> {
  return keyFigureOf(await getFigures(), chapter.id, chapter.data.keyFigure);
}

/** The graphic of the site-wide share card: the key figure of the chapter whose front matter sets `siteCard`. */
export async function getSiteKeyFigure(): Promise<FigureInstance | undefined> {
  const chapter = (await getChapters()).find((c) => c.data.siteCard);
  return chapter && getKeyFigure(chapter);
}
