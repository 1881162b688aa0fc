// The figure registry: every figure placed in a chapter, as the chapter's compile reported it
// (lib/notes/figures.ts: its component, literal props, chapter, and the scroll steps that drive
// it), so the embed pages render exactly the figure the chapter renders. Pure: records in and out.
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/messages';
import { urls } from '../site/urls';
import type { FigureInstance, PropValue } from '../notes/figures';

export type { FigureInstance, FigureStep, PropValue } from '../notes/figures';

/** Every figure across chapters (each chapter's list from its compile); throws if two share an id (their embed URLs would collide). */
export function figureRegistry(chapters: readonly (readonly FigureInstance[])[]): FigureInstance[] {
  const all = chapters.flat();
  const seen = new Map<string, string>();
  for (const f of all) {
    const other = seen.get(f.id);
    if (other) throw new Error(`Figure id "${f.id}" is used in both ${other} and ${f.chapter}; figure ids must be unique across the site`);
    seen.set(f.id, f.chapter);
  }
  return all;
}

/** The embed page path of a figure, or of one of its steps. */
export const embedPath = (figure: string, step?: string, locale: Locale = 'en'): string => urls.embed(locale, figure, step);

/** What each figure component is for readers, and which prop sets the state it is drawn in. */
export const FIGURE_COMPONENTS: Record<string, { kind: 'Map' | 'Chart'; stateProp: 'initial' | 'state' }> = {
  ChartFigure: { kind: 'Chart', stateProp: 'state' },
  BorderMap: { kind: 'Map', stateProp: 'initial' },
};

function componentOf(figure: FigureInstance) {
  const c = FIGURE_COMPONENTS[figure.component];
  if (!c) throw new Error(`content/chapters/${figure.chapter}.mdx: <${figure.component} id="${figure.id}"> is not a known figure component (known: ${Object.keys(FIGURE_COMPONENTS).join(', ')})`);
  return c;
}

/**
 * The props that draw a figure as the chapter does, in `state` when given (a step's state) or
 * else in its scroll story's initial state. `embedded` drops what only a chapter needs (the
 * share tools, and the still pictures of each step).
 */
export function figureProps(figure: FigureInstance, state: string | undefined = figure.scrolly?.initial, embedded = false): Record<string, PropValue> {
  return { ...figure.props, ...(state ? { [componentOf(figure).stateProp]: state } : {}), ...(embedded ? { embedded: true } : {}) };
}

/** A chapter's key graphic, drawn on its share card: the figure its front matter names, else its first. */
export function keyFigureOf(figures: readonly FigureInstance[], chapter: string, chosen?: string): FigureInstance | undefined {
  const own = figures.filter((f) => f.chapter === chapter);
  if (chosen === undefined) return own[0];
  const found = own.find((f) => f.id === chosen);
  if (!found) throw new Error(`content/chapters/${chapter}.mdx: front matter "keyFigure" is "${chosen}", which is not a figure of this chapter`);
  return found;
}

/** What a figure is, in a word for readers: "Map" or "Chart". */
export const figureKind = (figure: FigureInstance): 'Map' | 'Chart' => componentOf(figure).kind;

/** The alt text of a share card that draws this figure: "<what>. Map: <takeaway>", the kind in the card's edition as the card prints it. */
export const cardAlt = (what: string, figure: FigureInstance | undefined, fallback = '', locale: Locale = 'en'): string =>
  figure ? `${what}. ${t(locale)(figureKind(figure) === 'Map' ? 'card.map' : 'card.chart')}: ${figure.title}` : fallback ? `${what}. ${fallback}` : what;
