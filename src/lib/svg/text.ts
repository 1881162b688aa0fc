// Text for build-time drawings, as outlines of the site font (through a Typesetter): one path per
// line, placed by its anchor as the browser places <text>, with an optional halo drawn under it.
import { el } from './drawing';
import type { Typesetter, Weight } from './typesetter';

export interface TextStyle {
  size: number;
  weight: Weight;
  fill: string;
  anchor: 'start' | 'middle' | 'end';
  /** Extra space after each character, in px. */
  letterSpacing?: number;
  /** A stroke under the fill, so text stays readable over marks. */
  halo?: { colour: string; width: number };
}

/** One line of text with its baseline at y. Empty text draws nothing. */
export function textPath(type: Typesetter, text: string, x: number, y: number, style: TextStyle): string {
  const words = text.trim() ? text : '';
  if (!words) return '';
  const spacing = style.letterSpacing ?? 0;
  const width = type.width(words, style.size, style.weight) + spacing * Math.max(0, [...words].length - 1);
  const start = style.anchor === 'middle' ? x - width / 2 : style.anchor === 'end' ? x - width : x;
  const d = type.path(words, start, y, style.size, style.weight, spacing);
  const halo = style.halo && { stroke: style.halo.colour, 'stroke-width': style.halo.width, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
  return el('path', { fill: style.fill, ...halo, d });
}

/** Greedy word wrap; a word longer than the line gets a line of its own. */
export function wrap(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** At most `max` lines; the last one ends with an ellipsis when text was cut. */
export function clampLines(lines: string[], max: number, maxWidth: number, measure: (s: string) => number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1]}…`;
  while (measure(last) > maxWidth && last.includes(' ')) last = `${last.slice(0, last.lastIndexOf(' '))}…`;
  kept[max - 1] = last.replace(/[\s,;:.]+…$/, '…');
  return kept;
}
