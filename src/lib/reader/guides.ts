// Every teacher's guide in content/teaching/, validated at build (Vite bundles the JSON; a
// malformed file stops the build with its name and the problem).
import { parseGuide, type Guide } from './guide';

const files = import.meta.glob<unknown>('/content/teaching/*.json', { eager: true, import: 'default' });

export const guides: ReadonlyMap<string, Guide> = new Map(
  Object.entries(files).map(([file, data]) => {
    const guide = parseGuide(file, data);
    return [guide.chapter, guide];
  }),
);
