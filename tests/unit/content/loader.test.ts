// The shared content loader: a build reads the disk once however many chapters ask, the gate's
// findings are computed once per snapshot, and an edited file is seen on the next call (astro dev).
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentStamp, createContentLoader } from '../../../src/lib/content/loader';
import { readContent } from '../../../src/lib/content/read';
import { FIXTURE_ROOT } from './fixtures';

const copy = mkdtempSync(join(tmpdir(), 'iron-river-loader-'));
cpSync(join(FIXTURE_ROOT, 'content'), join(copy, 'content'), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** A loader over the real reader that counts how often it reads the disk. */
function counting() {
  const reads: string[] = [];
  const loader = createContentLoader((root) => {
    reads.push(root);
    return readContent(root);
  });
  return { loader, reads };
}

describe('createContentLoader()', () => {
  it('reads the content once for any number of calls, and checks it once', () => {
    const { loader, reads } = counting();
    const first = loader.content(copy);
    expect(loader.content(copy)).toBe(first);
    expect(loader.errors(copy)).toEqual([]);
    expect(loader.errors(copy)).toBe(loader.errors(copy));
    expect(reads).toEqual([copy]);
  });

  it('keeps one snapshot per project root', () => {
    const { loader, reads } = counting();
    loader.content(copy);
    loader.content(FIXTURE_ROOT);
    loader.content(copy);
    expect(reads).toEqual([copy, FIXTURE_ROOT]);
  });

  it('sees an edited file on the next call, and checks the new text', () => {
    const { loader, reads } = counting();
    const file = join(copy, 'content/glossary/trace.json');
    const before = loader.content(copy).entries.find((e) => e.file === 'content/glossary/trace.json')!;
    const data = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...data, source: 'no-such-source' }));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const after = loader.content(copy).entries.find((e) => e.file === 'content/glossary/trace.json')!;
    expect((before.data as { source: string }).source).not.toBe('no-such-source');
    expect((after.data as { source: string }).source).toBe('no-such-source');
    expect(loader.errors(copy).map((e) => e.message)).toContain('unknown source id');
    expect(reads).toHaveLength(2);
  });
});

describe('contentStamp()', () => {
  it('changes when a file is added', () => {
    const before = contentStamp(copy);
    writeFileSync(join(copy, 'content/sources/new-one.json'), '{}');
    expect(contentStamp(copy)).not.toBe(before);
  });
});
