// What the build imports must be in `dependencies`: hosts that install without dev packages
// (`npm ci --omit=dev`) still build the site. Walks the import graph from the build's entry
// points (astro.config.mjs, the content config, every page) through relative and alias imports,
// and lists each package reached by a value import (type-only imports vanish at compile).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const aliases = Object.entries(tsconfig.compilerOptions.paths).map(([from, [to]]) => ({
  prefix: from.replace(/\*$/, ''),
  target: join(root, to!.replace(/\*$/, '')),
}));

const EXTENSIONS = ['', '.ts', '.mjs', '.js', '.astro', '/index.ts', '/index.js'];
const IMPORT = /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a source file loads at run time, with whether each is type-only. */
export function importsOf(source: string): { spec: string; typeOnly: boolean }[] {
  const found: { spec: string; typeOnly: boolean }[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const spec = (m[3] ?? m[4])!;
    found.push({ spec, typeOnly: Boolean(m[2]) });
  }
  return found;
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or null when it is not a package. */
export function packageOf(spec: string): string | null {
  const bare = spec.split('?')[0]!;
  if (bare.startsWith('.') || bare.startsWith('/') || bare.startsWith('node:')) return null;
  if (bare.startsWith('astro:') || bare.startsWith('virtual:')) return null;
  if (aliases.some((a) => bare.startsWith(a.prefix))) return null;
  const parts = bare.split('/');
  const name = bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtinModules.includes(name) ? null : name;
}

function resolveLocal(spec: string, from: string): string | null {
  const bare = spec.split('?')[0]!;
  const alias = aliases.find((a) => bare.startsWith(a.prefix));
  const base = alias ? join(alias.target, bare.slice(alias.prefix.length)) : bare.startsWith('.') ? join(dirname(from), bare) : null;
  if (!base) return null;
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Every package the build loads, with the first file that loads it. */
function buildPackages(): Map<string, string> {
  const entries = [join(root, 'astro.config.mjs'), join(root, 'src/content.config.ts'), ...filesUnder(join(root, 'src/pages'))];
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !/\.(ts|mjs|js|astro)$/.test(file)) continue;
    seen.add(file);
    for (const { spec, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
      if (typeOnly) continue;
      const name = packageOf(spec);
      if (name) {
        if (!packages.has(name)) packages.set(name, relative(root, file));
        continue;
      }
      const local = resolveLocal(spec, file);
      if (local) queue.push(local);
    }
  }
  return packages;
}

describe('build dependencies', () => {
  it('reads value and type-only imports, static and dynamic', () => {
    const found = importsOf(
      "import { a } from 'htmlparser2';\nimport type { B } from 'domhandler';\nconst c = await import('sharp');\nimport 'x/y.css';\nexport { d } from './d';",
    );
    expect(found).toEqual([
      { spec: 'htmlparser2', typeOnly: false },
      { spec: 'domhandler', typeOnly: true },
      { spec: 'sharp', typeOnly: false },
      { spec: 'x/y.css', typeOnly: false },
      { spec: './d', typeOnly: false },
    ]);
    expect(['@astrojs/mdx/x', 'd3-geo', 'node:fs', 'fs', 'astro:content', '@lib/site/urls', './a'].map(packageOf)).toEqual([
      '@astrojs/mdx',
      'd3-geo',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('finds the packages the build loads from its entry points', () => {
    const packages = buildPackages();
    // The walk must reach deep modules, not only the entry files.
    for (const name of ['astro', 'd3-geo', 'topojson-client', 'sharp', 'scrollama']) expect(packages.has(name), name).toBe(true);
  });

  it('lists every package the build loads in dependencies, not devDependencies', () => {
    const missing = [...buildPackages()]
      .filter(([name]) => !(name in pkg.dependencies))
      .map(([name, file]) => `${name} (loaded by ${file}${name in pkg.devDependencies ? '; now a devDependency' : ''})`);
    expect(missing).toEqual([]);
  });
});
