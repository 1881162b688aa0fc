// remark-chapter: numbers notes by first appearance and stops the build, at file and line,
// on every reference that does not resolve or prose number that leads to no source.
import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import remarkChapter from '../../../src/lib/notes/remark-chapter';
import { numberNotes } from '../../../src/lib/notes/references';
import { FIXTURE_ROOT } from '../content/fixtures';

const PATH = `${FIXTURE_ROOT}content/chapters/fixture-chapter.mdx`;
const ORIGINAL = readFileSync(PATH, 'utf8');

/** Compiles chapter MDX the way Astro does (front matter in file.data.astro) and returns the notes. */
async function run(source: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source)!;
  const frontmatter = parseYaml(match[1]!);
  const file = new VFile({ path: PATH, value: source.slice(match[0].length) });
  file.data.astro = { frontmatter };
  const code = String(await compile(file, { remarkPlugins: [[remarkChapter, { root: FIXTURE_ROOT }]] }));
  return { notes: frontmatter.notes, figures: frontmatter.figures, code };
}
const edit = (from: string, to: string) => {
  if (!ORIGINAL.includes(from)) throw new Error(`fixture lacks ${from}`);
  return ORIGINAL.replace(from, to);
};

describe('numberNotes()', () => {
  it('numbers sources by first appearance and keeps every reference', () => {
    expect(numberNotes([['a'], ['b'], ['a', 'c']])).toEqual({
      notes: [
        { n: 1, source: 'a', refs: ['ref-1', 'ref-3'] },
        { n: 2, source: 'b', refs: ['ref-2'] },
        { n: 3, source: 'c', refs: ['ref-3'] },
      ],
      refIds: ['ref-1', 'ref-2', 'ref-3'],
    });
  });
});

const SCROLLY_OPEN =
  '<Scrolly id="fixture-scrolly" initial="border" label="Scroll story: the border">\n<BorderMap slot="figure" id="fixture-map-5" states="border" initial="border" datasets="" title="Fixture map five: the border" subtitle="The line, for the tests" />';

describe('remarkChapter', () => {
  it('numbers the fixture chapter and injects note numbers into the components', async () => {
    const { notes, code } = await run(ORIGINAL);
    expect(notes).toEqual([
      { n: 1, source: 'news-fixture', refs: ['ref-1', 'ref-2', 'ref-3', 'ref-5', 'ref-6'] },
      { n: 2, source: 'gao-fixture', refs: ['ref-3', 'ref-4'] },
    ]);
    expect(code).toContain('refId: "ref-4"');
    expect(code).toContain('notes: "2 1"');
    expect(code).toContain('uid: "term-1"');
  });
  it('reports the figures it placed, with the props as written (no injected note ids)', async () => {
    const { figures, code } = await run(ORIGINAL);
    expect(figures.map((f: { id: string }) => f.id)).toEqual(['fixture-map-1', 'fixture-map-2', 'fixture-map-3', 'fixture-map-4']);
    expect(figures[0]).toEqual({
      id: 'fixture-map-1',
      chapter: 'fixture-chapter',
      component: 'BorderMap',
      props: { id: 'fixture-map-1', states: 'border', initial: 'border', datasets: '', title: 'Fixture map one: the border', subtitle: 'The line between the two countries, for the tests' },
      title: 'Fixture map one: the border',
      steps: [],
    });
    expect(code).toContain('id: "fixture-map-1"');
  });
  it('stops on an unknown <Cite> id, naming file and id', async () => {
    await expect(run(edit('<Cite id="gao-fixture" />', '<Cite id="gao-typo" />'))).rejects.toThrow(
      'content/chapters/fixture-chapter.mdx: <Cite id="gao-typo">: unknown source id "gao-typo" (no content/sources/gao-typo.json)',
    );
  });
  it('stops on a <Fact> asking for a missing record', async () => {
    await expect(run(edit('row="2010" field="usShare"', 'row="2031" field="usShare"'))).rejects.toThrow('<Fact dataset="traces-fixture" row="2031">: dataset "traces-fixture" has no row "2031"');
  });
  it('stops on a <Fact> asking for a missing dataset or field', async () => {
    await expect(run(edit('dataset="traces-fixture" row="2010"', 'dataset="traces-typo" row="2010"'))).rejects.toThrow('unknown dataset "traces-typo"');
    await expect(run(edit('field="usShare"', 'field="share"'))).rejects.toThrow('dataset "traces-fixture" has no field "share"');
  });
  it('stops on a <Fact> that points at a gap', async () => {
    await expect(run(edit('row="2010" field="usShare"', 'row="2008" field="usShare"'))).rejects.toThrow('the value is missing (a gap)');
  });
  it('stops on a <Term> missing from the glossary', async () => {
    await expect(run(edit('<Term id="trace">', '<Term id="tracing">'))).rejects.toThrow('<Term id="tracing">: unknown glossary term');
  });
  it('stops on a paragraph with a number and no source', async () => {
    await expect(run(edit('Prose without digits needs no note.', 'About 20,000 guns a year.'))).rejects.toThrow('a paragraph states a number or date without a <Fact> or <Cite>: "About 20,000 guns a year.');
  });
  it('stops when front matter lists a source the text never cites', async () => {
    await expect(run(edit('row="2010" field="usShare" />. <Cite id="gao-fixture" />', 'row="2007" field="usShare" />.'))).rejects.toThrow('front matter "sources" lists "gao-fixture" but the text never cites it');
  });
  it('stops when a key term is never marked in the text', async () => {
    await expect(run(edit('<Term id="trace">trace</Term>', 'trace'))).rejects.toThrow('front matter "keyTerms" lists "trace" but the text never marks it with <Term id="trace">');
  });
  it('accepts a key figure the chapter contains and refuses one it does not', async () => {
    const figure = 'Prose without digits needs no note.\n\n<ChartFigure chart="traces" dataset="traces-fixture" id="fixture-traces" title="A takeaway" />';
    const withFigure = (key: string) => edit('Prose without digits needs no note.', figure).replace('datasets: [traces-fixture]', `datasets: [traces-fixture]\nkeyFigure: ${key}`);
    await expect(run(withFigure('fixture-traces'))).resolves.toBeTruthy();
    await expect(run(withFigure('fixture-nowhere'))).rejects.toThrow('front matter "keyFigure" is "fixture-nowhere" but the chapter has no figure with that id (its figures: fixture-traces, fixture-map-1, fixture-map-2, fixture-map-3, fixture-map-4)');
  });
  it('stops on a scroll step without a text alternative', async () => {
    const steps = (alt: string) => edit('Prose without digits needs no note.', `${SCROLLY_OPEN}\n<Step id="one" state="border"${alt}>\n\nProse without digits needs no note.\n\n</Step>\n</Scrolly>`);
    await expect(run(steps(' alt="The chart shows the first state."'))).resolves.toBeTruthy();
    await expect(run(steps(''))).rejects.toThrow('<Step id="one"> needs an alt: what the graphic shows in this step, in words');
  });
  it('stops on a number in the dek, summary, title or questions that no sourced text or data gives', async () => {
    // 2010 and the submitted count are in the data; 37 is nowhere.
    await expect(run(edit('dek: A chapter used only by the tests', 'dek: In 2010 a chapter used only by the tests'))).resolves.toBeTruthy();
    await expect(run(edit('dek: A chapter used only by the tests', 'dek: 37 chapters used only by the tests'))).rejects.toThrow('front matter "dek" states "37", but no <Fact>, cited paragraph or dataset of this chapter gives that number');
    await expect(run(edit('What do you notice about the fixture numbers?', 'Why 37 fixture numbers?'))).rejects.toThrow('front matter "questions" states "37"');
  });
  it('stops on a figure title stating a number its data does not give', async () => {
    const figure = (title: string) => edit('Prose without digits needs no note.', `<ChartFigure chart="traces" dataset="traces-fixture" id="fixture-traces" title="${title}" />`);
    await expect(run(figure('Traces since 2007'))).resolves.toBeTruthy();
    await expect(run(figure('Traces rose 37-fold'))).rejects.toThrow('<ChartFigure id="fixture-traces"> title states "37", which neither its data nor the chapter');
  });
  it('wires a scroll story: each step gets its story id and its still picture, checked at the step line', async () => {
    const story = (state: string) => edit('Prose without digits needs no note.', `${SCROLLY_OPEN}\n<Step id="one" state="${state}" alt="The line.">\n\nProse without digits needs no note.\n\n</Step>\n</Scrolly>`);
    const { code, figures } = await run(story('border'));
    expect(code).toMatch(/_jsx\(BorderMap, \{[^}]*still: "border"/);
    expect(code).toContain('scrolly: "fixture-scrolly"');
    expect(figures.find((f: { id: string }) => f.id === 'fixture-map-5').steps).toEqual([{ id: 'one', elementId: 'fixture-scrolly-one', state: 'border', alt: 'The line.', n: 1 }]);
    const body = story('corridors').replace(/^---\n[\s\S]*?\n---\n/, '');
    await expect(run(story('corridors'))).rejects.toMatchObject({
      message: expect.stringContaining('<Scrolly id="fixture-scrolly">: step "one" asks for state "corridors", which the figure does not draw (it draws: border)'),
      line: body.split('\n').findIndex((l) => l.startsWith('<Step')) + 1,
    });
  });
  it('reports the line of the offending element', async () => {
    await expect(run(edit('<Cite id="gao-fixture" />', '<Cite id="gao-typo" />'))).rejects.toMatchObject({ line: expect.any(Number) });
  });
});
