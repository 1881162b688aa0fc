// What build-time drawings need from a font: advance widths and glyph outlines. Text drawn as
// outlines looks the same on every machine and needs no font where the picture is rasterised.
// The implementation over the site's own font files is lib/reader/card-render.ts.

export type Weight = 400 | 600 | 700 | 800;
export const WEIGHTS: readonly Weight[] = [400, 600, 700, 800];

export interface Typesetter {
  /** Advance width of `text` at `size` px (letter spacing not included). */
  width(text: string, size: number, weight: Weight): number;
  /** SVG path data for `text` with its baseline starting at (x, y). */
  path(text: string, x: number, y: number, size: number, weight: Weight, letterSpacing?: number): string;
}

