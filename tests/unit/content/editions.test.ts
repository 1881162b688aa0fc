// The gate's rules across editions: each missing twin or overlay, each changed id, citation or
// front-matter list in a translated chapter, and each overlay that does not match its base.
import { describe, expect, it } from 'vitest';
import { checkContent, formatError } from '../../../src/lib/content/integrity';
import { chapterSkeleton } from '../../../src/lib/content/editions';
import { datasetOverlayProblems, overlayDataset } from '../../../src/lib/data/overlay';
import { DatasetSchema } from '../../../src/schemas/dataset';
import { DatasetOverlaySchema } from '../../../src/schemas/overlays';
import { fixture } from './fixtures';

const messages = (c: Parameters<typeof checkContent>[0]) => checkContent(c).map(formatError);
const edition = (c: ReturnType<typeof fixture>, file: string) => c.editions!.find((e) => e.file === file)!;

describe('editions in the content gate', () => {
  it('accepts the fixture tree with its Spanish edition', () => expect(messages(fixture())).toEqual([]));
  it('names a base entry without its Spanish twin or overlay', () => {
    for (const file of ['content/chapters/es/fixture-chapter.mdx', 'content/data/es/traces-fixture.json', 'content/glossary/es/trace.json', 'content/teaching/es/fixture-chapter.json']) {
      const c = fixture();
      c.editions = c.editions!.filter((e) => e.file !== file);
      expect(messages(c).join('\n'), file).toContain(`has no es edition: add ${file}`);
    }
  });
  it('names a Spanish entry with no English base', () => {
    const c = fixture();
    c.editions!.push({ ...structuredClone(edition(c, 'content/glossary/es/trace.json')), file: 'content/glossary/es/ghost.json', id: 'ghost' });
    expect(messages(c)).toContainEqual('content/glossary/es/ghost.json › (file): has no English base entry with the same file name');
  });
  it('names a changed front-matter list, a dropped citation and a missing heading in a translated chapter', () => {
    const c = fixture();
    const ch = edition(c, 'content/chapters/es/fixture-chapter.mdx');
    (ch.data as { sources: string[] }).sources = ['gao-fixture'];
    ch.body = ch.body!.replace('<Cite id="gao-fixture" />', '').replace('## Las cuentas', 'Las cuentas');
    const m = messages(c).join('\n');
    expect(m).toContain('content/chapters/es/fixture-chapter.mdx › sources = ["gao-fixture"]: must be the same as in content/chapters/fixture-chapter.mdx');
    expect(m).toContain('citations must follow content/chapters/fixture-chapter.mdx one for one; first difference at #1: English "gao-fixture", this edition "news-fixture"');
    expect(m).toContain('has 0 headings, content/chapters/fixture-chapter.mdx has 1');
  });
  it('names a translated guide that changes an activity', () => {
    const c = fixture();
    (edition(c, 'content/teaching/es/fixture-chapter.json').data as { activities: { minutes: number }[] }).activities[0]!.minutes = 20;
    expect(messages(c).join('\n')).toContain("must keep the structure of content/teaching/fixture-chapter.json: the chapter, the number of goals, each activity's minutes");
  });
  it('reads the ids a chapter must keep: figures, steps and boxes, not citations or terms', () => {
    expect(chapterSkeleton('## A\n<ChartFigure id="f" title="T" /><Step id="s" state="x" alt="y">t<Cite id="c1" /></Step><Term id="t">w</Term>\n### B')).toEqual({ ids: ['ChartFigure#f', 'Step#s'], cites: ['c1'], headings: 2 });
  });
});

describe('dataset overlays', () => {
  const base = DatasetSchema.parse(fixture().entries.find((e) => e.id === 'traces-fixture')!.data);
  const text = DatasetOverlaySchema.parse(fixture().editions!.find((e) => e.file === 'content/data/es/traces-fixture.json')!.data);
  it('replace words and keep every number, id and source', () => {
    const d = overlayDataset(base, text);
    expect(d.title).toBe('Prueba: armas enviadas a rastreo');
    expect(d.fields.map((f) => f.label)).toEqual(['Año', 'Enviadas a rastreo', 'Proporción de origen estadounidense']);
    expect(d.rows).toEqual(base.rows);
    expect(d.sources).toEqual(base.sources);
  });
  it('report a missing field, a missing unit, an unknown row and a number cell', () => {
    const bad = structuredClone(text);
    delete bad.fields.year;
    delete bad.fields.submitted!.unit;
    bad.rows = { '1999': { note: 'nota' }, '2007': { submitted: '100' } };
    expect(datasetOverlayProblems(base, bad)).toEqual([
      'fields.year: missing',
      'fields.submitted.unit: missing',
      'rows.1999: no such row in the English dataset',
      'rows.2007.submitted: only a note or a text field can be translated',
    ]);
  });
});
