// The integrity gate is wired into the real build: `astro build` on a copy of the project
// with fixture content succeeds, and each kind of bad content stops it with a message
// naming the file, the field and the bad value.
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, project, removeProjects, rewrite } from '../support/fixture-site';

afterAll(removeProjects);

describe('astro build with fixture content', { timeout: 120_000 }, () => {
  it('succeeds on valid content', () => {
    const r = build(project());
    expect(r.output).toContain('Complete!');
    expect(r.status).toBe(0);
  });
  it('stops on an unknown source id in a dataset (checked before the build)', () => {
    const r = build(project((d) => rewrite(d, 'content/data/traces-fixture.json', '"sources": ["gao-fixture", "news-fixture"]', '"sources": ["gao-fixture", "news-fixture", "gao-2099"]')));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/data/traces-fixture.json › sources[2] = "gao-2099": unknown source id');
  });
  it('stops on malformed JSON, naming the file', () => {
    const r = build(project((d) => writeFileSync(join(d, 'content/glossary/trace.json'), '{ "id": "trace", ')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/glossary\/trace\.json › \(file\): could not be read/);
  });
  it('stops on a house-style violation, naming file, line and the form to write', () => {
    const r = build(project((d) => rewrite(d, 'content/chapters/fixture-chapter.mdx', 'Prose without digits needs no note.', 'Prose about a .50-calibre rifle needs no note.')));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/chapters\/fixture-chapter\.mdx › line \d+ = "calibre": house style \(content\/STYLE\.md\): write caliber/);
  });
  it('stops on a <Cite> to an unknown source, naming the chapter file', () => {
    const cite = (d: string, file: string) => rewrite(d, file, '<Cite id="gao-fixture" />', '<Cite id="gao-fixture" /> <Cite id="unknown-report" />');
    const r = build(project((d) => { cite(d, 'content/chapters/fixture-chapter.mdx'); cite(d, 'content/chapters/es/fixture-chapter.mdx'); }));
    expect(r.status).not.toBe(0);
    // Both editions cite it; whichever Astro compiles first is named.
    expect(r.output).toMatch(/content\/chapters\/(es\/)?fixture-chapter\.mdx: <Cite id="unknown-report">: unknown source id "unknown-report"/);
  });
  it("stops on a chapter without its classroom pack's short version (checked before the build)", () => {
    const r = build(project((d) => unlinkSync(join(d, 'content/short/es/fixture-chapter.mdx'))));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/chapters/es/fixture-chapter.mdx › (file): has no short version: add content/short/es/fixture-chapter.mdx');
  });
});
