// Golden-file helper for chart snapshots (the Observable Plot pattern): goldens are written only
// when UPDATE_GOLDENS=1 is set (new ones created, changed ones replaced); otherwise a missing
// golden fails, and a mismatch writes <name>-changed.svg next to it and fails.
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

const DIR = join(process.cwd(), 'tests/snapshots/charts');

/** Compares `actual` with <dir>/<name>.<ext> (tests/snapshots/charts/<name>.svg by default); returns an error message or null. */
export function compareGolden(name: string, actual: string, dir = DIR, ext = 'svg'): string | null {
  const file = join(dir, `${name}.${ext}`);
  const changed = join(dir, `${name}-changed.${ext}`);
  const update = process.env.UPDATE_GOLDENS === '1';
  if (!existsSync(file) && !update) return `missing golden ${file}; run the test with UPDATE_GOLDENS=1 to create it`;
  if (existsSync(file) && readFileSync(file, 'utf8') === actual) {
    if (existsSync(changed)) rmSync(changed);
    return null;
  }
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (existsSync(changed)) rmSync(changed);
    return null;
  }
  writeFileSync(changed, actual);
  return `${name}.${ext} differs from the golden; see ${changed} (rerun with UPDATE_GOLDENS=1 to accept the change)`;
}

/** Renders an Astro component to HTML with the given props. */
export async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(component, { props });
}

/** The <svg> elements of rendered chart HTML, one per width variant, pretty enough to diff. */
export function svgs(html: string): string[] {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => `${m[0].replace(/></g, '>\n<')}\n`);
}
