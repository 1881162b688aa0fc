// The classroom-pack rules of the content gate: every chapter has its whole pack in every
// edition, and each piece agrees with its chapter (look-fors per question, the exit ticket's
// answer and figure, vocabulary examples copied from the chapter, a handout per activity
// dataset, short versions short, plain and sourced, the unit plan's figures and quotations).
import { describe, expect, it } from 'vitest';
import { checkContent, formatError } from '../../../src/lib/content/integrity';
import { nameLines } from '../../../src/lib/map/labels';
import { classReadingRange, figureWords, planMinutes } from '../../../src/lib/reader/guide';
import { figureIdsOf, plainText, shortMetrics } from '../../../src/lib/content/classroom';
import { fixture } from './fixtures';
import type { RawContent, RawEntry } from '../../../src/lib/content/read';

const messages = (c: RawContent) => checkContent(c).map(formatError);
const find = (c: RawContent, file: string): RawEntry => [...c.entries, ...(c.editions ?? [])].find((e) => e.file === file)!;
const GUIDE = 'content/teaching/fixture-chapter.json';
const SHORT = 'content/short/fixture-chapter.mdx';
const UNIT = 'content/unit/unit.json';

describe('the classroom pack in the gate', () => {
  it('accepts the fixture pack in both editions', () => {
    expect(messages(fixture())).toEqual([]);
  });
  it('refuses a chapter without its short version, and an edition without its unit plan', () => {
    const c = fixture();
    c.entries = c.entries.filter((e) => e.file !== SHORT);
    c.editions = c.editions!.filter((e) => e.file !== 'content/unit/es/unit.json');
    const m = messages(c);
    expect(m).toContain('content/chapters/fixture-chapter.mdx › (file): has no short version: add content/short/fixture-chapter.mdx');
    expect(m).toContain('content/unit/ › (file): the es edition has no unit plan: add content/unit/es/unit.json');
  });
  it('refuses a guide that lacks a piece of the pack, naming the field', () => {
    const c = fixture();
    delete (find(c, GUIDE).data as Record<string, unknown>).exitTicket;
    expect(messages(c).join('\n')).toContain(`${GUIDE} › exitTicket`);
  });
  it('wants one look-for list per discussion question', () => {
    const c = fixture();
    (find(c, GUIDE).data as { questionLookFors: string[][] }).questionLookFors.push(['A second list for a question that is not there.']);
    expect(messages(c)).toContain(`${GUIDE} › questionLookFors: has 2 lists, but content/chapters/fixture-chapter.mdx has 1 questions: one list per question, in order`);
  });
  it("checks the exit ticket's answer and figure against the chapter", () => {
    const c = fixture();
    const g = find(c, GUIDE).data as { exitTicket: { share: { answer: { row: string } }; chart: { figure: string } } };
    g.exitTicket.share.answer.row = '2008';
    g.exitTicket.chart.figure = 'no-such-figure';
    const m = messages(c).join('\n');
    expect(m).toContain(`${GUIDE} › exitTicket.share.answer.field = "usShare": the value is missing (a gap)`);
    expect(m).toContain(`${GUIDE} › exitTicket.chart.figure = "no-such-figure": is not a figure of content/chapters/fixture-chapter.mdx (its figures: fixture-map-1, fixture-map-2, fixture-map-3, fixture-map-4)`);
  });
  it('wants vocabulary examples copied from the chapter, word for word', () => {
    const c = fixture();
    (find(c, GUIDE).data as { vocabulary: { example: string }[] }).vocabulary[0]!.example = 'A sentence the chapter never says.';
    expect(messages(c).join('\n')).toContain(`${GUIDE} › vocabulary[0].example = "A sentence the chapter never says.": is not in content/chapters/fixture-chapter.mdx's text word for word`);
  });
  it('wants a handout for every dataset an activity uses, with columns the dataset has', () => {
    const c = fixture();
    const g = find(c, GUIDE).data as { handouts: { columns: string[] }[] };
    g.handouts[0]!.columns = ['year', 'share'];
    expect(messages(c).join('\n')).toContain(`${GUIDE} › handouts[0].columns[1] = "share": dataset "traces-fixture" has no field "share"`);
    g.handouts = [];
    expect(messages(c).join('\n')).toContain(`${GUIDE} › activities[0].datasets[0] = "traces-fixture": has no handout`);
  });
  it('keeps a short version short, with few numbers, citing only what its chapter cites', () => {
    const c = fixture();
    const short = find(c, SHORT);
    short.body = `${short.body}\n\n${'More words here for the count. '.repeat(30)}\n`;
    (short.data as { sources: string[] }).sources.push('a-source-the-chapter-never-cites');
    const m = messages(c).join('\n');
    expect(m).toMatch(/content\/short\/fixture-chapter\.mdx › \(body\): has \d+ words; a short version has 400–500/);
    expect(m).toContain(`${SHORT} › sources[2] = "a-source-the-chapter-never-cites": is not one of content/chapters/fixture-chapter.mdx's sources`);
  });
  it('refuses a short version above grade eight, and a Spanish one below ease seventy', () => {
    const c = fixture();
    const long = 'Notwithstanding considerable institutional complications, investigators systematically documented extraordinarily complicated international transactions affecting regional governance. ';
    find(c, SHORT).body = long.repeat(30);
    find(c, 'content/short/es/fixture-chapter.mdx').body = 'Las autoridades correspondientes documentaron sistemáticamente transacciones internacionales extraordinariamente complicadas y perjudiciales. '.repeat(40);
    const m = messages(c).join('\n');
    expect(m).toMatch(/content\/short\/fixture-chapter\.mdx › \(body\): reads at grade [\d.]+; a short version needs grade 8 or below/);
    expect(m).toMatch(/content\/short\/es\/fixture-chapter\.mdx › \(body\): reads at Fernández-Huerta -?[\d.]+; a short version needs 70 or more/);
  });
  it("checks the unit plan's quotations against the chapter text and its figures against the chapters", () => {
    const c = fixture();
    const u = find(c, UNIT).data as { task: { voices: { quote: string }[]; figures: string[] } };
    u.task.voices[0]!.quote = 'words nobody in the chapter said';
    u.task.figures[3] = 'fixture-map-9';
    const m = messages(c).join('\n');
    expect(m).toContain(`${UNIT} › task.voices[0].quote = "words nobody in the chapter said": is not in content/chapters/fixture-chapter.mdx's text word for word`);
    expect(m).toContain(`${UNIT} › task.figures[3] = "fixture-map-9": is not a figure of any chapter`);
  });
  it('refuses a Spanish guide whose handouts or plan differ from the English', () => {
    const c = fixture();
    (find(c, 'content/teaching/es/fixture-chapter.json').data as { plan: { homework: { minutes: number }[] } }).plan.homework[0]!.minutes = 5;
    expect(messages(c).join('\n')).toContain('content/teaching/es/fixture-chapter.json › (file): must keep the structure of content/teaching/fixture-chapter.json');
  });
});

describe('pack helpers', () => {
  it('reads figure ids and plain text from chapter MDX', () => {
    const body = 'Some *words* <Term id="x">marked</Term> here.\n\n<BorderMap id="m" title="T" />\n<Cite id="s" />';
    expect(figureIdsOf(body)).toEqual(['m']);
    expect(plainText(body)).toBe('Some words marked here.');
  });
  it('measures a short version: words, facts, headings and level per edition', () => {
    const m = shortMetrics('The cat sat. <Fact dataset="d" row="r" field="f" /> dogs ran.', 'en');
    expect(m.facts).toBe(1);
    expect(m.headings).toBe(0);
    expect(m.words).toBe(5);
  });
  it('gives class reading time as a range that counts figures', () => {
    expect(classReadingRange(3000, 0)).toEqual({ min: 15, max: 20 });
    expect(classReadingRange(3000, 4)).toEqual({ min: 17, max: 22 });
    expect(figureWords([{ props: { title: 'Three words here', subtitle: 'And two', chart: 'ignored-code' } }])).toBe(5);
    expect(planMinutes([{ minutes: 20 }, { minutes: 30 }])).toBe(50);
  });
  it('wraps a long place name of two words in a map label, and keeps short ones whole', () => {
    expect(nameLines('Nuevo México')).toEqual(['Nuevo', 'México']);
    expect(nameLines('New Mexico')).toEqual(['New Mexico']);
    expect(nameLines('Tamaulipas')).toEqual(['Tamaulipas']);
    expect(nameLines('Baja California Sur', 10)).toEqual(['Baja', 'California Sur']);
  });
});
