// Test helpers for card drawings: a typesetter that records the words it draws, the palette the
// site's stylesheets give, and the shapes of a drawing read back with their attributes.
import { readFileSync } from 'node:fs';
import { palette, type Palette } from '../../../src/lib/svg/palette';
import { readTokens } from '../../../src/lib/svg/tokens';
import type { Typesetter } from '../../../src/lib/svg/typesetter';
import { mono } from './mono';

/** The light palette from tokens.css and map.css, as the og routes build it. */
export const sitePalette = (): Palette => palette(readTokens(`${readFileSync('src/styles/tokens.css', 'utf8')}\n${readFileSync('src/components/map/map.css', 'utf8')}`));

/** The monospace stand-in (mono.ts) that also keeps every string it draws, in order. */
export function recorder(): { type: Typesetter; words: string[] } {
  const words: string[] = [];
  return { words, type: { width: mono.width, path: (s, ...rest) => (words.push(s), mono.path(s, ...rest)) } };
}

export interface Shape {
  name: string;
  attrs: Record<string, string>;
}

/** Every element of a drawing with its attributes (patterns and clip paths included). */
export function shapes(body: string): Shape[] {
  return [...body.matchAll(/<([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)].map((m) => ({
    name: m[1]!,
    attrs: Object.fromEntries([...m[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  }));
}

/** The shapes of a drawing that are marks, not words (the mono typesetter's text paths start "M x yh"). */
export const markShapes = (body: string): Shape[] => shapes(body).filter((s) => ['rect', 'circle', 'line', 'path'].includes(s.name) && !/^M[\d.-]+ [\d.-]+h/.test(s.attrs.d ?? ''));

/** The paint values (fill, stroke) a drawing uses that are not colours: none and pattern references. */
export const isPaintReference = (v: string) => v === 'none' || /^url\(#[\w-]+\)$/.test(v);
