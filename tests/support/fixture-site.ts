// A throwaway copy of the project whose content/ is the fixture tree (tests/fixtures/content),
// edited per test, and a real `astro build` of it. The build-gate tests use it to show bad
// content stops the build; the content-only tests use it to show a new figure needs no code.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const made: string[] = [];

/** A copy of the project with the fixture content, edited by `edit`; removed by `removeProjects()`. */
export function project(edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'iron-river-gate-'));
  made.push(dir);
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/content'), join(dir, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  edit(dir);
  return dir;
}

/** Runs `astro build` in a project copy: its exit status and its output without colour codes. */
export function build(dir: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** Replaces the first `from` with `to` in a project file; fails when `from` is absent, so an edit cannot silently miss. */
export function rewrite(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from.slice(0, 60))}`);
  writeFileSync(path, text.replace(from, to));
}

/** Deletes every project copy made so far (call from afterAll). */
export function removeProjects(): void {
  made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
}
