// Teacher's guides: the schema, the lesson timing, and the integrity rules that tie each guide
// to its chapter and datasets (the same gate every build runs).
import { describe, expect, it } from 'vitest';
import { GuideSchema } from '../../../src/schemas/guide';
import { checkContent, formatError } from '../../../src/lib/content/integrity';
import { lessonTime } from '../../../src/lib/reader/guide';
import { fixture, mutate } from '../content/fixtures';

const lookFors = ['Names the base of the share, not only the number.'];
const good = {
  chapter: 'the-flow',
  goals: ['Explain what a trace is and what it is not.', 'State the base of every share you quote.'],
  activities: [{ title: 'Read a share', minutes: 20, datasets: ['flow-estimates'], steps: ['Download the data and sort it.'], produces: 'A sentence with its base.', lookFors }],
  questionLookFors: [lookFors],
  positionQuestion: { prompt: 'Should a news report quote a share of traced guns without saying what was traced? Take a position.', lookFors },
  exitTicket: {
    share: { prompt: 'State the share of traced guns that came from the United States, with its base.', answer: { dataset: 'atf-mexico-trace-periods', row: '2024', field: 'usShare' }, lookFors },
    chart: { figure: 'trace-shares', prompt: 'Which period on the chart has the highest share?', lookFors },
    claim: { prompt: 'Make a claim about the flow and support it with a numbered note.', lookFors },
  },
  vocabulary: Array.from({ length: 10 }, (_, i) => ({ term: `term ${i}`, definition: 'A plain definition of the term.', example: 'A sentence copied from the chapter.', equivalent: 'término' })),
  handouts: [{ dataset: 'flow-estimates', columns: ['low', 'high'], base: 'Estimates of guns crossing each year, not counts.' }],
  plan: { homework: [{ minutes: 20, activity: 'Discuss the questions.' }, { minutes: 30, activity: 'Do the activity.' }], inClass: [{ minutes: 15, activity: 'Read the short version.' }, { minutes: 35, activity: 'Do the activity.' }] },
  standards: { codes: ['RH.9-10.7', 'RH.9-10.8', 'D3.1.9-12', 'D4.1.9-12'], note: 'Students read a chart and weigh its source.' },
};
const issues = (data: unknown) => {
  const r = GuideSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const messages = (c: Parameters<typeof checkContent>[0]) => checkContent(c).map(formatError);
const GUIDE = 'content/teaching/fixture-chapter.json';

describe('GuideSchema', () => {
  it('accepts a well-formed guide', () => {
    expect(issues(good)).toEqual([]);
  });
  it('rejects digits in guide prose, naming the field', () => {
    expect(issues({ ...good, goals: [...good.goals, 'Explain why seventy percent, or 70%, is a share of traces.'] })[0]).toMatch(/^goals\.2: no digits/);
  });
  it('refuses a period plan longer than one period, and standards without the two reading standards', () => {
    expect(issues({ ...good, plan: { ...good.plan, inClass: [{ minutes: 30, activity: 'Read the chapter.' }, { minutes: 30, activity: 'Do the activity.' }] } })[0]).toMatch(/^plan\.inClass: the plan must fit one 50-minute period/);
    expect(issues({ ...good, standards: { ...good.standards, codes: ['RH.9-10.7', 'D3.1.9-12', 'D4.1.9-12', 'D2.Civ.1.9-12'] } })[0]).toMatch(/RH\.9-10\.7 and RH\.9-10\.8/);
  });
  it('rejects unknown keys and activities with no steps', () => {
    expect(issues({ ...good, extra: 1 }).length).toBeGreaterThan(0);
    expect(issues({ ...good, activities: [{ ...good.activities[0], steps: [] }] })[0]).toMatch(/^activities\.0\.steps/);
  });
});

describe('guides in the integrity gate', () => {
  it('accept the fixture guide', () => {
    expect(messages(fixture())).toEqual([]);
  });
  it('refuse a guide whose chapter is not its file name', () => {
    const c = mutate(GUIDE, (d) => { d.chapter = 'the-flow'; });
    expect(messages(c)).toContainEqual(`${GUIDE} › chapter = "the-flow": must equal the file name "fixture-chapter"`);
  });
  it('refuse an activity dataset that does not exist', () => {
    const c = mutate(GUIDE, (d) => { d.activities[0].datasets = ['traces-fixture', 'no-such-data']; });
    expect(messages(c)).toContainEqual(`${GUIDE} › activities[0].datasets[1] = "no-such-data": unknown dataset id`);
  });
  it('refuse a chapter without a guide', () => {
    const c = fixture();
    c.entries = c.entries.filter((e) => e.file !== GUIDE);
    expect(messages(c)).toContainEqual("content/chapters/fixture-chapter.mdx › (file): has no teacher's guide: add content/teaching/fixture-chapter.json");
  });
});

describe('lessonTime', () => {
  it('adds reading, five minutes per question and the activities', () => {
    expect(lessonTime(12, 4, [{ minutes: 20 }, { minutes: 25 }])).toEqual({ reading: 12, discussion: 20, activities: 45, total: 77 });
  });
});
