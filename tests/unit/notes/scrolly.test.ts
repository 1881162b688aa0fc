// The scroll-story wiring remark-chapter applies (lib/notes/scrolly.ts): what each step and figure
// is given, and every check, each stopping at the line at fault.
import { createProcessor } from '@mdx-js/mdx';
import type { Node } from 'unist';
import { describe, expect, it } from 'vitest';
import { bindScrollies } from '../../../src/lib/notes/scrolly';
import { attr, isJsx, walk, type JsxNode } from '../../../src/lib/notes/references';

/** Parses MDX, wires it, and returns the JSX nodes by name; a failure throws "line N: message". */
function wire(mdx: string) {
  const tree = createProcessor().parse(mdx) as unknown as Node;
  bindScrollies(tree, (node, message) => {
    throw new Error(`line ${node.position?.start.line}: ${message}`);
  });
  const nodes: JsxNode[] = [];
  walk(tree, (n) => isJsx(n) && nodes.push(n));
  return { named: (name: string) => nodes.filter((n) => n.name === name) };
}

const map = (attrs = 'states="border corridors" initial="border"') =>
  `<BorderMap slot="figure" id="flow-map" ${attrs} datasets="d" title="T" subtitle="S" refId="ref-1" notes="1" />`;
const story = (figure: string, steps: string, open = 'id="flow-map" initial="border" label="Story"') => `<Scrolly ${open}>\n${figure}\n${steps}\n</Scrolly>`;
const step = (id: string, state: string) => `<Step id="${id}" state="${state}" alt="A.">\n\nText.\n\n</Step>`;

describe('bindScrollies()', () => {
  it('gives each step its story id and, first, the figure drawn as its still (no slot, note anchors or refId copied)', () => {
    const { named } = wire(story(map(), step('a', 'border') + '\n' + step('b', 'corridors')));
    const steps = named('Step');
    expect(steps.map((s) => attr(s, 'scrolly'))).toEqual(['flow-map', 'flow-map']);
    const stills = steps.map((s) => s.children[0] as JsxNode);
    expect(stills.map((s) => [s.name, attr(s, 'slot'), attr(s, 'still')])).toEqual([
      ['BorderMap', 'still', 'border'],
      ['BorderMap', 'still', 'corridors'],
    ]);
    expect(stills[0]!.attributes.map((a) => a.name)).toEqual(['id', 'states', 'initial', 'datasets', 'title', 'subtitle', 'slot', 'still']);
    expect(attr(named('BorderMap')[0]!, 'slot')).toBe('figure');
  });

  it("tells a chart the story's initial state", () => {
    const chart = '<ChartFigure slot="figure" chart="traces" dataset="d" id="traces" title="T" />';
    const { named } = wire(story(chart, step('a', 'gaps'), 'id="traces" initial="all" label="Story"'));
    const [live, still] = named('ChartFigure');
    expect(attr(live!, 'state')).toBe('all');
    expect(attr(still!, 'still')).toBe('gaps');
  });

  it('refuses, at the line at fault, what the figure or the story cannot show', () => {
    const twoSteps = step('a', 'border') + '\n' + step('b', 'border');
    expect(() => wire(story(map(), step('a', 'border') + '\n' + step('x', 'cartels')))).toThrow('line 8: <Scrolly id="flow-map">: step "x" asks for state "cartels", which the figure does not draw (it draws: border, corridors)');
    expect(() => wire(story(map(), step('a', 'border') + '\n' + step('a', 'corridors')))).toThrow('line 8: <Scrolly id="flow-map">: two steps have the id "a"');
    expect(() => wire(story(map('states="border corridors" initial="corridors"'), twoSteps))).toThrow('line 2: <Scrolly id="flow-map">: initial state "border" differs from the state the figure is drawn in (initial="corridors")');
    expect(() => wire(story(map('states="corridors" initial="border"'), twoSteps))).toThrow('line 1: <Scrolly id="flow-map">: initial state "border" is not drawn by the figure (it draws: corridors)');
    expect(() => wire(story(map(), 'No steps.'))).toThrow('line 1: <Scrolly id="flow-map">: has no <Step> children');
    expect(() => wire(story(map(), twoSteps, 'id="Flow Map" initial="border" label="Story"'))).toThrow('<Scrolly id="Flow Map">: id must be lowercase kebab-case');
    expect(() => wire(story('', twoSteps))).toThrow('has no figure');
    expect(() => wire(story('<Chart slot="figure" id="c" title="T" />', twoSteps))).toThrow('<Chart> is not a known figure component (known: ChartFigure, BorderMap)');
    expect(() => wire(`Intro.\n\n${step('a', 'border')}`)).toThrow('line 3: <Step id="a"> must sit inside a <Scrolly>');
  });
});
