// Golden-file helper for chart snapshots (the Observable Plot pattern): a missing golden is
// written when not in CI; a mismatch writes <name>-changed.svg next to it and fails.
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

const DIR = join(process.cwd(), 'tests/snapshots/charts');

/** Compares `actual` with tests/snapshots/charts/<name>.svg; returns an error message or null. */
export function compareGolden(name: string, actual: string): string | null {
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  if (!existsSync(file)) {
    if (process.env.CI) return `missing golden ${file} (goldens are never written in CI)`;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return null;
  }
  if (readFileSync(file, 'utf8') === actual) {
    if (existsSync(changed)) rmSync(changed);
    return null;
  }
  writeFileSync(changed, actual);
  return `${name}.svg differs from the golden; see ${changed} (delete the golden to accept the change)`;
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
