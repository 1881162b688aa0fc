// The figures a chapter places, read from its MDX tree during the one compile (remark-chapter):
// each figure's component, literal props and title, and the scroll story and steps that drive
// it. remark-chapter hands the list to the site as `remarkPluginFrontmatter.figures`; the figure
// registry (lib/reader/figure-registry.ts) collects it for embeds, cards and the classroom pack.
import type { Node } from 'unist';
import { NOT_FIGURES, isJsx, type JsxNode } from './references';

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

/** Stops the compile at the node's line (remark-chapter passes VFile.fail). */
export type Fail = (node: Node, message: string) => never;

/** True for a figure component: a capitalised JSX element that is not story furniture. */
export const isFigure = (node: Node): node is JsxNode => isJsx(node) && Boolean(node.name) && !NOT_FIGURES.has(node.name!) && /^[A-Z]/.test(node.name!);

/** Literal value of a JSX attribute: a string, bare `true`, or an expression that is a JSON literal. */
function literal(node: JsxNode, attr: JsxNode['attributes'][number], fail: Fail): PropValue {
  const v = attr.value as string | null | undefined | { value: string };
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v;
  try {
    const parsed: unknown = JSON.parse(v.value);
    if (['string', 'number', 'boolean'].includes(typeof parsed)) return parsed as PropValue;
  } catch {
    /* not a literal */
  }
  return fail(node, `<${node.name}>: prop "${attr.name}" must be a literal (a string, number or true/false) so the figure can be embedded; got {${v.value}}`);
}

/** Every attribute of a JSX node as a literal prop; spreads and expressions that are not literals stop the build. */
export function literalProps(node: JsxNode, fail: Fail): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) return fail(node, `<${node.name}>: spread attributes cannot be embedded`);
    out[a.name] = literal(node, a, fail);
  }
  return out;
}

/** The <Step> nodes of a scroll story, in reading order. */
export function stepsOf(scrolly: Node): JsxNode[] {
  const steps: JsxNode[] = [];
  const collect = (n: Node) => (isJsx(n) && n.name === 'Step' ? steps.push(n) : ((n as JsxNode).children ?? []).forEach(collect));
  ((scrolly as JsxNode).children ?? []).forEach(collect);
  return steps;
}

/** Every figure in one chapter's tree, in reading order, as written (before any attribute is injected). */
export function figuresOf(tree: Node, chapter: string, fail: Fail): FigureInstance[] {
  const found: FigureInstance[] = [];
  const visit = (node: Node, scrolly: JsxNode | null) => {
    if (isJsx(node) && node.name === 'Scrolly') scrolly = node;
    if (isFigure(node)) {
      const p = literalProps(node, fail);
      if (typeof p.id !== 'string' || typeof p.title !== 'string') return fail(node, `<${node.name}>: a figure needs literal id and title props`);
      const instance: FigureInstance = { id: p.id, chapter, component: node.name!, props: p, title: p.title, steps: [] };
      if (scrolly) {
        const s = literalProps(scrolly, fail);
        instance.scrolly = { id: String(s.id), initial: String(s.initial), label: String(s.label) };
        instance.steps = stepsOf(scrolly).map((step, i) => {
          const sp = literalProps(step, fail);
          return { id: String(sp.id), elementId: `${s.id}-${sp.id}`, state: String(sp.state), ...(typeof sp.alt === 'string' ? { alt: sp.alt } : {}), n: i + 1 };
        });
      }
      found.push(instance);
      return;
    }
    for (const child of (node as JsxNode).children ?? []) visit(child, scrolly);
  };
  visit(tree, null);
  return found;
}
