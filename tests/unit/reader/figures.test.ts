// The figure registry read from chapter MDX, and the real chapters' figures.
import { describe, expect, it } from 'vitest';
import { embedPath, figureKind, figureProps, figureRegistry, figuresInMdx, keyFigureOf } from '../../../src/lib/reader/figures';
import { readContent } from '../../../src/lib/content/read';

const mdx = `
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

describe('figuresInMdx', () => {
  const figs = figuresInMdx(mdx, 'the-flow');
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
  it('refuses props it cannot reproduce in an embed', () => {
    expect(() => figuresInMdx('<ChartFigure id="x" title="T" data={rows} />', 'c')).toThrow(/prop "data" must be a literal/);
    expect(() => figuresInMdx('<ChartFigure id="x" />', 'c')).toThrow(/literal id and title/);
  });
});

describe('figureRegistry', () => {
  it('refuses two figures with one id', () => {
    expect(() => figureRegistry([{ slug: 'a', body: mdx }, { slug: 'b', body: mdx }])).toThrow(/used in both a and b/);
  });
  it('reads the real chapters: unique ids, every step with a state', () => {
    const chapters = readContent(process.cwd()).entries.filter((e) => e.collection === 'chapters').map((e) => ({ slug: e.id, body: e.body ?? '' }));
    const figures = figureRegistry(chapters);
    for (const f of figures) {
      expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const s of f.steps) expect(s.state.length).toBeGreaterThan(0);
    }
  });
  it('gives embed paths', () => {
    expect(embedPath('traces')).toBe('/embed/traces/');
    expect(embedPath('traces', 'gaps')).toBe('/embed/traces/gaps/');
  });
});

describe('figureProps', () => {
  const [estimates, traces] = figuresInMdx(mdx, 'ch');
  it('draws a scroll-story figure in its initial state unless a step asks for another', () => {
    expect(figureProps(traces!)).toMatchObject({ chart: 'traces', id: 'traces', state: 'all' });
    expect(figureProps(traces!, 'gaps').state).toBe('gaps');
    expect(figureProps(estimates!)).not.toHaveProperty('state');
  });
  it('gives the map its state as `initial`', () => {
    const [map] = figuresInMdx('<Scrolly id="m" initial="sources" label="Map"><BorderMap id="m" title="T" states="border sources" /><Step id="a" state="border">x</Step></Scrolly>', 'ch');
    expect(figureProps(map!)).toMatchObject({ initial: 'sources' });
    expect(figureProps(map!)).not.toHaveProperty('state');
    expect(figureKind(map!)).toBe('Map');
    expect(figureKind(traces!)).toBe('Chart');
  });
});

describe('keyFigureOf', () => {
  const figures = figureRegistry([{ slug: 'ch', body: mdx }]);
  it('takes the figure the chapter names, else its first, else none', () => {
    expect(keyFigureOf(figures, 'ch', 'traces')?.id).toBe('traces');
    expect(keyFigureOf(figures, 'ch')?.id).toBe('flow-estimates');
    expect(keyFigureOf(figures, 'other')).toBeUndefined();
  });
  it('refuses a key figure the chapter does not have, naming the file and field', () => {
    expect(() => keyFigureOf(figures, 'ch', 'nope')).toThrow('content/chapters/ch.mdx: front matter "keyFigure" is "nope"');
  });
  it('every real chapter names a key figure it contains', () => {
    const entries = readContent(process.cwd()).entries.filter((e) => e.collection === 'chapters');
    const all = figureRegistry(entries.map((e) => ({ slug: e.id, body: e.body ?? '' })));
    for (const e of entries) {
      const chosen = (e.data as { keyFigure?: string }).keyFigure;
      expect(chosen, e.id).toBeTruthy();
      expect(keyFigureOf(all, e.id, chosen)?.chapter).toBe(e.id);
    }
  });
});
