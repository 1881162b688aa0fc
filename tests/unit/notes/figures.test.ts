// The figures a chapter's compile reports (lib/notes/figures.ts, run inside remark-chapter):
// every figure in reading order with its literal props, scroll story and steps.
import { describe, expect, it } from 'vitest';
import { SAMPLE_MDX as MDX, figuresInMdx } from '../../support/mdx-figures';
import { readContent } from '../../../src/lib/content/read';
import { figureRegistry } from '../../../src/lib/reader/figures';


describe('figuresOf()', () => {
  const figs = figuresInMdx(MDX, 'the-flow');
  it('finds every figure in reading order, not the note or term components', () => {
    expect(figs.map((f) => f.id)).toEqual(['flow-estimates', 'traces']);
    expect(figs[0]).toMatchObject({ chapter: 'the-flow', component: 'ChartFigure', title: 'Estimates range widely', steps: [] });
  });
  it('keeps literal props, including expressions that are literals', () => {
    expect(figs[0]!.props).toEqual({ chart: 'estimates', dataset: 'flow-estimates', id: 'flow-estimates', title: 'Estimates range widely', caveats: false });
  });
  it('attaches a scroll story and its steps with their anchors and descriptions', () => {
    expect(figs[1]!.scrolly).toEqual({ id: 'traces', initial: 'all', label: 'Scroll story: traces' });
    expect(figs[1]!.steps).toEqual([
      { id: 'submitted', elementId: 'traces-submitted', state: 'submitted', alt: 'Only the totals.', n: 1 },
      { id: 'gaps', elementId: 'traces-gaps', state: 'gaps', n: 2 },
    ]);
  });
  it('refuses props it cannot reproduce in an embed, at the figure line', () => {
    expect(() => figuresInMdx('\n<ChartFigure id="x" title="T" data={rows} />', 'c')).toThrow(/c\.mdx:2: .*prop "data" must be a literal/);
    expect(() => figuresInMdx('<ChartFigure id="x" />', 'c')).toThrow(/literal id and title/);
  });
});

describe('the real chapters', () => {
  const chapters = readContent(process.cwd()).entries.filter((e) => e.collection === 'chapters');
  it('give unique figure ids, every step with a state', () => {
    const figures = figureRegistry(chapters.map((e) => figuresInMdx(e.body ?? '', e.id)));
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const s of f.steps) expect(s.state.length).toBeGreaterThan(0);
    }
  });
});
