// Wires every <Scrolly> during the chapter's compile, so its components need not look at the
// page or at each other's HTML: each <Step> is given its scroll story's id (its element id is
// `<scrolly id>-<step id>`) and, as a child in its `still` slot, the story's figure drawn as a
// still picture of the step's state (shown beside the step in linear reading and print). The
// figure is told the story's initial state. The checks stop the build at the line at fault:
// at least one step, unique kebab-case ids, and states the figure declares (`states`).
import type { Node } from 'unist';
import { FIGURE_COMPONENTS } from '../reader/figures';
import { isFigure, literalProps, stepsOf, type Fail } from './figures';
import { attr, isJsx, setAttr, walk, type JsxNode } from './references';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Attributes the still picture must not copy from its figure: its slot, and the note anchors (one per page). */
const NOT_COPIED = new Set(['slot', 'refId', 'notes']);

/** The figure drawn in one state, without its frame: a copy of the figure node with `still` and `slot="still"`. */
function stillOf(figure: JsxNode, state: string): JsxNode {
  const attributes = figure.attributes.filter((a) => !NOT_COPIED.has(a.name ?? '')).map((a) => structuredClone(a));
  attributes.push({ type: 'mdxJsxAttribute', name: 'slot', value: 'still' }, { type: 'mdxJsxAttribute', name: 'still', value: state });
  return { type: 'mdxJsxFlowElement', name: figure.name, attributes, children: [], position: figure.position } as JsxNode;
}

/** The one figure of a scroll story (outside its steps). */
function figureOf(scrolly: JsxNode): JsxNode | undefined {
  let found: JsxNode | undefined;
  walk(scrolly, (node, ancestors) => {
    if (!found && isFigure(node) && !ancestors.some((a) => isJsx(a) && a.name === 'Step')) found = node;
  });
  return found;
}

function bindScrolly(scrolly: JsxNode, fail: Fail): void {
  const { id, initial, label } = literalProps(scrolly, fail);
  const where = `<Scrolly id="${String(id ?? '')}">`;
  if (typeof id !== 'string' || typeof initial !== 'string' || typeof label !== 'string') fail(scrolly, `${where}: needs literal id, initial and label`);
  if (!KEBAB.test(String(id))) fail(scrolly, `${where}: id must be lowercase kebab-case`);
  const steps = stepsOf(scrolly);
  if (steps.length === 0) fail(scrolly, `${where}: has no <Step> children`);
  const figure = figureOf(scrolly);
  if (!figure) return fail(scrolly, `${where}: has no figure (a <ChartFigure> or <BorderMap> with slot="figure")`);
  const component = FIGURE_COMPONENTS[figure.name!];
  if (!component) return fail(figure, `${where}: <${figure.name}> is not a known figure component (known: ${Object.keys(FIGURE_COMPONENTS).join(', ')})`);

  // The figure is drawn in the story's initial state; a figure that lists its states is checked here.
  const drawn = attr(figure, component.stateProp);
  if (drawn !== undefined && drawn !== initial) fail(figure, `${where}: initial state "${initial}" differs from the state the figure is drawn in (${component.stateProp}="${drawn}"); give both the same initial`);
  if (drawn === undefined) setAttr(figure, component.stateProp, String(initial));
  const states = attr(figure, 'states')?.split(/\s+/).filter(Boolean);
  if (states && !states.includes(String(initial))) fail(scrolly, `${where}: initial state "${initial}" is not drawn by the figure (it draws: ${states.join(', ')})`);

  const seen = new Set<string>();
  for (const step of steps) {
    const stepId = attr(step, 'id') ?? '';
    const state = attr(step, 'state') ?? '';
    if (seen.has(stepId)) fail(step, `${where}: two steps have the id "${stepId}"`);
    seen.add(stepId);
    if (states && !states.includes(state)) fail(step, `${where}: step "${stepId}" asks for state "${state}", which the figure does not draw (it draws: ${states.join(', ')})`);
    setAttr(step, 'scrolly', String(id));
    step.children.unshift(stillOf(figure, state));
  }
}

/** Wires every scroll story of a compiled file; a <Step> outside any <Scrolly> stops the build. */
export function bindScrollies(tree: Node, fail: Fail): void {
  const scrollies: JsxNode[] = [];
  walk(tree, (node, ancestors) => {
    if (!isJsx(node)) return;
    if (node.name === 'Scrolly') scrollies.push(node);
    if (node.name === 'Step' && !ancestors.some((a) => isJsx(a) && a.name === 'Scrolly')) fail(node, `<Step id="${attr(node, 'id') ?? ''}"> must sit inside a <Scrolly>`);
  });
  for (const scrolly of scrollies) bindScrolly(scrolly, fail);
}
