// Build-time only: loads Source Sans 3 (static weights, woff2) with fontkitten, turns card text
// into glyph outlines, and rasterises the card SVG to PNG with sharp. No system fonts involved.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
import sharp from 'sharp';
import { cardSvg, type CardColours, type CardContent } from './card';
import type { Typesetter, Weight } from '../svg/typesetter';
import { r1 } from '../format/round';

const require = createRequire(import.meta.url);
const fontFile = (subset: string, weight: Weight) => require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff2`);

const cache = new Map<Weight, Font[]>();
function fonts(weight: Weight): Font[] {
  let list = cache.get(weight);
  if (!list) {
    list = ['latin', 'latin-ext'].map((subset) => create(readFileSync(fontFile(subset, weight))) as Font);
    cache.set(weight, list);
  }
  return list;
}

/** The glyph for one character from the first subset that has it (latin, then latin-ext). */
function glyph(char: string, weight: Weight) {
  const cp = char.codePointAt(0)!;
  const list = fonts(weight);
  const font = list.find((f) => f.hasGlyphForCodePoint(cp)) ?? list[0]!;
  return { font, glyph: font.glyphForCodePoint(cp) };
}


export const typesetter: Typesetter = {
  width(text, size, weight) {
    let w = 0;
    for (const ch of text) {
      const { font, glyph: g } = glyph(ch, weight);
      w += (g.advanceWidth / font.unitsPerEm) * size;
    }
    return w;
  },
  path(text, x, y, size, weight, letterSpacing = 0) {
    let d = '';
    let pen = x;
    for (const ch of text) {
      const { font, glyph: g } = glyph(ch, weight);
      const s = size / font.unitsPerEm;
      for (const { command, args } of g.path.commands) {
        const pts: number[] = [];
        for (let i = 0; i < args.length; i += 2) pts.push(r1(pen + args[i]! * s), r1(y - args[i + 1]! * s));
        d += { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' }[command] + pts.join(' ');
      }
      pen += g.advanceWidth * s + letterSpacing;
    }
    return d;
  },
};

/** The card as a 1200x630 PNG, in the site's colours (the palette, lib/svg/palette.ts). */
export async function cardPng(content: CardContent, colours: CardColours): Promise<Buffer> {
  return sharp(Buffer.from(cardSvg(content, typesetter, colours))).png({ compressionLevel: 9, palette: true, quality: 90 }).toBuffer();
}
