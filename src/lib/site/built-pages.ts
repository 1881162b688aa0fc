// Lists the HTML pages of a built site with their URL paths ("/", "/chapters/x/", "/404.html").
// Used after the build (the _headers integration) and by the tests that check dist/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** Absolute file path. */
  file: string;
  /** URL path as served. */
  path: string;
}

export function builtPages(dist: string): BuiltPage[] {
  if (!existsSync(dist)) return [];
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const rel = relative(dist, file).split(sep).join('/');
        pages.push({ file, path: rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}` });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}
