// Teacher's guides: the schema, the lesson timing, and the real files in content/teaching
// against the real chapters and datasets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonTime, parseGuide } from '../../../src/lib/reader/guide';
import { readContent } from '../../../src/lib/content/read';

const good = {
  chapter: 'the-flow',
  goals: ['Explain what a trace is and what it is not.', 'State the base of every share you quote.'],
  activities: [{ title: 'Read a share', minutes: 20, datasets: ['flow-estimates'], steps: ['Download the data and sort it.'], produces: 'A sentence with its base.' }],
};

describe('parseGuide', () => {
  it('accepts a well-formed guide named for its chapter', () => {
    expect(parseGuide('content/teaching/the-flow.json', good).activities[0]!.minutes).toBe(20);
  });
  it('rejects digits in guide prose, naming the field', () => {
    const bad = { ...good, goals: [...good.goals, 'Explain why seventy percent, or 70%, is a share of traces.'] };
    expect(() => parseGuide('content/teaching/the-flow.json', bad)).toThrow(/goals\.2: no digits/);
  });
  it('rejects a guide whose chapter does not match its file name', () => {
    expect(() => parseGuide('content/teaching/the-toll.json', good)).toThrow(/named for "the-toll"/);
  });
  it('rejects unknown keys and activities with no steps', () => {
    expect(() => parseGuide('x/the-flow.json', { ...good, extra: 1 })).toThrow();
    expect(() => parseGuide('x/the-flow.json', { ...good, activities: [{ ...good.activities[0], steps: [] }] })).toThrow(/activities\.0\.steps/);
  });
});

describe('lessonTime', () => {
  it('adds reading, five minutes per question and the activities', () => {
    expect(lessonTime(12, 4, [{ minutes: 20 }, { minutes: 25 }])).toEqual({ reading: 12, discussion: 20, activities: 45, total: 77 });
  });
});

describe('content/teaching', () => {
  const root = process.cwd();
  const content = readContent(root);
  const chapters = content.entries.filter((e) => e.collection === 'chapters').map((e) => e.id);
  const datasets = new Set(content.entries.filter((e) => e.collection === 'datasets').map((e) => e.id));
  const dir = join(root, 'content/teaching');
  const guides = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => parseGuide(`content/teaching/${f}`, JSON.parse(readFileSync(join(dir, f), 'utf8'))));

  it('has a guide for every chapter', () => {
    const missing = chapters.filter((c) => !guides.some((g) => g.chapter === c));
    expect(missing).toEqual([]);
  });
  it('names only datasets that exist, for the chapters that exist', () => {
    const unknown = guides.filter((g) => chapters.includes(g.chapter)).flatMap((g) => g.activities.flatMap((a) => a.datasets.filter((d) => !datasets.has(d)).map((d) => `${g.chapter}: ${d}`)));
    expect(unknown).toEqual([]);
  });
});
