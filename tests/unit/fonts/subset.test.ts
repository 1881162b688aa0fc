// The subset web fonts (scripts/subset-fonts.mjs) must draw every character the reader-visible
// sources use, in English and Spanish, and the generated CSS must offer a metric-matched
// fallback for each face. A new sign in content/ that the subset lacks fails here, naming it.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';

const FONTS = 'src/assets/fonts';
const faces = readdirSync(FONTS).filter((f) => f.endsWith('.woff2'));
const open = (file: string) => create(readFileSync(join(FONTS, file))) as Font;

function filesUnder(dir: string, exts: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p, exts) : exts.some((e) => name.endsWith(e)) ? [p] : [];
  });
}
/** Characters outside ASCII in reader-visible text: content and the message catalogs. */
function usedCharacters(): Map<string, string> {
  const where = new Map<string, string>();
  for (const file of [...filesUnder('content', ['.mdx', '.md', '.json']), ...filesUnder('src/i18n', ['.json'])]) {
    if (file.endsWith('.md') && /STYLE|AUTHORING/.test(file)) continue;
    for (const c of readFileSync(file, 'utf8')) {
      const cp = c.codePointAt(0)!;
      if (cp > 0x7e && !/\p{Mark}|\p{Cc}|\p{Cf}/u.test(c) && !where.has(c)) where.set(c, file);
    }
  }
  return where;
}

describe('subset web fonts', () => {
  it('has the three faces, within the 45 KB (gzip) page budget together', () => {
    expect(faces.sort()).toEqual(['source-sans-3-wght-normal.woff2', 'source-serif-4-italic.woff2', 'source-serif-4-wght-normal.woff2']);
    const total = faces.reduce((s, f) => s + gzipSync(readFileSync(join(FONTS, f))).length, 0);
    expect(total).toBeLessThanOrEqual(45 * 1024);
  });

  it('keeps every Spanish letter and sign in every face', () => {
    for (const file of faces) {
      const font = open(file);
      const missing = [...'áéíóúüñÁÉÍÓÚÜÑ¿¡«»“”‘’–—…°'].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(missing, file).toEqual([]);
    }
  });

  it('draws every character the roman faces meet in content/ and the message catalogs', () => {
    const used = usedCharacters();
    for (const file of faces.filter((f) => !f.includes('italic'))) {
      const font = open(file);
      const missing = [...used].filter(([c]) => !font.hasGlyphForCodePoint(c.codePointAt(0)!)).map(([c, where]) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase()}, ${where})`);
      expect(missing, `${file}: add these to BASE in scripts/subset-fonts.mjs and run it`).toEqual([]);
    }
  });

  it('keeps the variable weight axis for the roman faces', () => {
    for (const file of faces.filter((f) => f.includes('wght'))) {
      const axis = open(file).variationAxes['wght'];
      expect(axis, file).toBeDefined();
      expect(axis!.min).toBeLessThanOrEqual(400);
      expect(axis!.max).toBeGreaterThanOrEqual(700);
    }
  });

  it('offers a metric-matched local fallback for each web font family, listed in the font stacks', () => {
    const css = readFileSync('src/styles/fonts.css', 'utf8');
    const tokens = readFileSync('src/styles/tokens.css', 'utf8');
    for (const family of ['Source Serif 4', 'Source Sans 3']) {
      const fallbacks = [...css.matchAll(new RegExp(`font-family: '(${family} [^']+)'[^}]*size-adjust: [\\d.]+%;\\s*ascent-override: [\\d.]+%;\\s*descent-override: [\\d.]+%;\\s*line-gap-override: [\\d.]+%;`, 'g'))].map((m) => m[1]!);
      expect(fallbacks.length, family).toBeGreaterThanOrEqual(2);
      for (const name of new Set(fallbacks)) expect(tokens, `${name} in tokens.css`).toContain(`'${name}'`);
    }
    expect(css.match(/^  font-display: optional;$/gm)?.length).toBe(3);
  });
});
