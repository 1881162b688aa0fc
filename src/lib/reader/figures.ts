// The figure registry: every figure placed in a chapter, read from the chapter MDX itself (its
// component, literal props, chapter, and the scroll steps that drive it), so the embed pages
// render exactly the figure the chapter renders. Pure: MDX text in, records out.
import { createProcessor } from '@mdx-js/mdx';
import { NOT_FIGURES } from '../notes/references';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/messages';
import { urls } from '../site/urls';

export type PropValue = string | number | boolean;

export interface FigureStep {
  /** The step's own id (`<Step id>`), used in embed URLs. */
  id: string;
  /** Its element id in the chapter (`<scrolly id>-<step id>`), the deep-link anchor. */
  elementId: string;
  state: string;
  /** What the figure shows in this step, for readers who cannot see it. */
  alt?: string;
  /** 1-based position in its scroll story. */
  n: number;
}

export interface FigureInstance {
  /** Figure id: anchor `fig-<id>` in the chapter, embed at /embed/<id>/. */
  id: string;
  chapter: string;
  /** MDX component name, e.g. "ChartFigure". */
  component: string;
  /** The literal props written in the chapter. */
  props: Record<string, PropValue>;
  title: string;
  scrolly?: { id: string; initial: string; label: string };
  steps: FigureStep[];
}


interface JsxAttr {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}
interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttr[];
  children?: MdxNode[];
}

/** Literal value of a JSX attribute: a string, or an expression that is a JSON literal. */
function literal(attr: JsxAttr, where: string): PropValue {
  const v = attr.value;
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v;
  try {
    const parsed: unknown = JSON.parse(v.value);
    if (['string', 'number', 'boolean'].includes(typeof parsed)) return parsed as PropValue;
  } catch {
    /* not a literal */
  }
  throw new Error(`${where}: prop "${attr.name}" must be a literal (a string, number or true/false) so the figure can be embedded; got {${v.value}}`);
}

function props(node: MdxNode, where: string): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) throw new Error(`${where}: spread attributes cannot be embedded`);
    out[a.name] = literal(a, where);
  }
  return out;
}

const isFigure = (n: MdxNode) => (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && Boolean(n.name) && !NOT_FIGURES.has(n.name!) && /^[A-Z]/.test(n.name!);

/** Every figure in one chapter's MDX, in reading order. */
export function figuresInMdx(mdx: string, chapter: string): FigureInstance[] {
  const tree = createProcessor().parse(mdx) as unknown as MdxNode;
  const found: FigureInstance[] = [];
  const visit = (node: MdxNode, scrolly: MdxNode | null) => {
    if (node.name === 'Scrolly') scrolly = node;
    if (isFigure(node)) {
      const where = `content/chapters/${chapter}.mdx <${node.name}>`;
      const p = props(node, where);
      if (typeof p.id !== 'string' || typeof p.title !== 'string') throw new Error(`${where}: a figure needs literal id and title props`);
      const instance: FigureInstance = { id: p.id, chapter, component: node.name!, props: p, title: p.title, steps: [] };
      if (scrolly) {
        const s = props(scrolly, `content/chapters/${chapter}.mdx <Scrolly>`);
        instance.scrolly = { id: String(s.id), initial: String(s.initial), label: String(s.label) };
        const steps: MdxNode[] = [];
        const collect = (n: MdxNode) => (n.name === 'Step' ? steps.push(n) : (n.children ?? []).forEach(collect));
        (scrolly.children ?? []).forEach(collect);
        instance.steps = steps.map((step, i) => {
          const sp = props(step, `content/chapters/${chapter}.mdx <Step>`);
          return { id: String(sp.id), elementId: `${s.id}-${sp.id}`, state: String(sp.state), ...(typeof sp.alt === 'string' ? { alt: sp.alt } : {}), n: i + 1 };
        });
      }
      found.push(instance);
      return;
    }
    for (const child of node.children ?? []) visit(child, scrolly);
  };
  visit(tree, null);
  return found;
}

/** Every figure across chapters; throws if two share an id (their embed URLs would collide). */
export function figureRegistry(chapters: readonly { slug: string; body: string }[]): FigureInstance[] {
  const all = chapters.flatMap((c) => figuresInMdx(c.body, c.slug));
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
