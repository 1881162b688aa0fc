// The figure registry over the figures each chapter's compile reports, and the real chapters' figures.
import { describe, expect, it } from 'vitest';
import { embedPath, figureKind, figureProps, figureRegistry, keyFigureOf } from '../../../src/lib/reader/figures';
import { readContent } from '../../../src/lib/content/read';
import { SAMPLE_MDX as mdx, figuresInMdx } from '../../support/mdx-figures';

describe('figureRegistry', () => {
  it('refuses two figures with one id', () => {
    expect(() => figureRegistry([figuresInMdx(mdx, 'a'), figuresInMdx(mdx, 'b')])).toThrow(/used in both a and b/);
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
  const figures = figureRegistry([figuresInMdx(mdx, 'ch')]);
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
    const all = figureRegistry(entries.map((e) => figuresInMdx(e.body ?? '', e.id)));
    for (const e of entries) {
      const chosen = (e.data as { keyFigure?: string }).keyFigure;
      expect(chosen, e.id).toBeTruthy();
      expect(keyFigureOf(all, e.id, chosen)?.chapter).toBe(e.id);
    }
  });
});
