// Test helper: the figures remark-chapter reports for a piece of chapter MDX (lib/notes/figures.ts),
// from a plain MDX parse, so figure tests need no content registry. The site itself never parses
// twice: remark-chapter runs the same function inside the one compile.
import { createProcessor } from '@mdx-js/mdx';
import type { Node } from 'unist';
import { figuresOf, type FigureInstance } from '../../src/lib/notes/figures';

export function figuresInMdx(mdx: string, chapter: string): FigureInstance[] {
  const tree = createProcessor().parse(mdx) as unknown as Node;
  return figuresOf(tree, chapter, (node, message) => {
    throw new Error(`content/chapters/${chapter}.mdx:${node.position?.start.line ?? '?'}: ${message}`);
  });
}

/** A chapter excerpt with a figure, a scroll story with two steps, notes and a term. */
export const SAMPLE_MDX = `
Some text with a <Cite id="gao" /> and a <Term id="trace">trace</Term>.

<ChartFigure chart="estimates" dataset="flow-estimates" id="flow-estimates" title="Estimates range widely" caveats={false} />

<Scrolly id="traces" initial="all" label="Scroll story: traces">
  <ChartFigure
    chart="traces"
    dataset="atf-mexico-traces-by-year"
    id="traces"
    title="Traces by year"
  />
  <Step id="submitted" state="submitted" alt="Only the totals.">
    In <Fact dataset="a" row="b" field="c" />, many.
  </Step>
  <Step id="gaps" state="gaps">No alt here.</Step>
</Scrolly>
`;
