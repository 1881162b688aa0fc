// Writes the site's web fonts and their metric-matched fallbacks, once (the output is committed):
//   src/assets/fonts/*.woff2   the three faces (Source Serif 4 roman and italic, Source Sans 3),
//                              cut down to the characters English and Spanish text needs and to the
//                              weights the styles use, keeping the variable weight axis;
//   src/styles/fonts.css       their @font-face rules (font-display: optional) and fallback faces on
//                              local fonts (Georgia, Times New Roman/Liberation Serif, DejaVu Serif;
//                              Arial/Liberation Sans, DejaVu Sans) resized with size-adjust and
//                              ascent/descent/line-gap overrides computed from the real fonts, so
//                              a page set in the fallback takes the room the web font would.
// Run `node scripts/subset-fonts.mjs` again after adding a language or a weight; it fails when
// content uses a character the fonts have but the subset would drop (see EXTRA below).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { fromBuffer } from '@capsizecss/unpack';

const require = createRequire(import.meta.url);
const OUT_DIR = 'src/assets/fonts';
const CSS_OUT = 'src/styles/fonts.css';

// The budget is 45 KB (gzip) of fonts per page, all three faces together. What buys it:
// - weights: the text uses 400 and 600/700 (a request for 800 is drawn at 700); the italic, used
//   for short runs (quoted titles, emphasis), is pinned at 400 (a bold italic is synthesised);
// - features: kerning and lining/tabular figures only (kerning costs about 5 KB in the variable
//   serif, so the short italic runs go without it); no ligatures, small caps or fractions;
// - no hinting, and no STAT/MVAR/HVAR tables (advance widths vary through gvar instead).
const FACES = [
  { family: 'Source Serif 4', style: 'normal', weight: { min: 400, max: 700 }, features: ['kern'], src: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', out: 'source-serif-4-wght-normal.woff2' },
  { family: 'Source Serif 4', style: 'italic', weight: 400, features: [], src: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2', out: 'source-serif-4-italic.woff2' },
  { family: 'Source Sans 3', style: 'normal', weight: { min: 400, max: 700 }, features: ['kern', 'tnum'], src: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2', out: 'source-sans-3-wght-normal.woff2' },
];

// Characters kept: printable ASCII; every Spanish letter and sign (á é í ó ú ü ñ and capitals,
// ¿ ¡ « » ° º ª); × ÷ · § ², primes (coordinates), the non-breaking, thin and narrow spaces; typographic punctuation
// (en and em dashes, curly quotes, ellipsis, bullet, ‹ ›); €, arrows and the minus sign.
const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)).join('');
const BASE = range(0x20, 0x7e) + 'áéíóúüñÁÉÍÓÚÜÑ¿¡«»°ºª×÷·§²\u00a0\u2009\u202f' +
  '\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u2032\u2033\u2039\u203a\u20ac\u2192\u2212';
// The italic sets words (quoted titles, emphasis), not code, formulas or coordinates: it drops
// the signs below, which, in the rare italic run that has one, come from the fallback face.
const NOT_ITALIC = '#*+<=>@[\\]^_`{|}~×÷²\u2032\u2033\u2192\u2212';

// Every character the reader-visible sources use (content, message catalogs, components), so a
// new sign in the text is caught here rather than drawn in a fallback font.
function filesUnder(dir, exts) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p, exts) : exts.some((e) => name.endsWith(e)) ? [p] : [];
  });
}
const used = new Set(filesUnder('content', ['.mdx', '.md', '.json']).concat(filesUnder('src', ['.astro', '.ts', '.json'])).flatMap((f) => [...readFileSync(f, 'utf8')]));

// Fallback fonts. Metrics are measured from the font files where this machine has them (Debian's
// fonts-liberation and fonts-dejavu); Georgia is not free, so its figures are the ones
// @capsizecss/metrics publishes (measured the same way, from the Windows/macOS font).
// Liberation Serif and Sans share every advance width and vertical metric with Times New Roman
// and Arial (they are metric-compatible by design), so one set of overrides serves each pair.
const GEORGIA = {
  normal: { ascent: 1878, descent: -449, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 913 },
  italic: { ascent: 1878, descent: -449, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 931 },
};
const FONT_DIRS = ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/truetype/dejavu'];
async function measure(file) {
  const path = FONT_DIRS.map((d) => join(d, file)).find(existsSync);
  if (!path) throw new Error(`${file} not found in ${FONT_DIRS.join(', ')}: apt-get install fonts-liberation fonts-dejavu-core`);
  return fromBuffer(readFileSync(path));
}
const FALLBACKS = {
  serif: [
    { name: 'Georgia', local: { normal: [['Georgia'], ['Georgia Bold', 'Georgia-Bold']], italic: [['Georgia Italic', 'Georgia-Italic'], ['Georgia Bold Italic', 'Georgia-BoldItalic']] }, metrics: async (style) => GEORGIA[style] },
    { name: 'Times', local: { normal: [['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif'], ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold']], italic: [['Times New Roman Italic', 'TimesNewRomanPS-ItalicMT', 'Liberation Serif Italic', 'LiberationSerif-Italic'], ['Times New Roman Bold Italic', 'TimesNewRomanPS-BoldItalicMT', 'Liberation Serif Bold Italic', 'LiberationSerif-BoldItalic']] }, metrics: (style) => measure(style === 'italic' ? 'LiberationSerif-Italic.ttf' : 'LiberationSerif-Regular.ttf') },
    { name: 'DejaVu', local: { normal: [['DejaVu Serif', 'DejaVuSerif'], ['DejaVu Serif Bold', 'DejaVuSerif-Bold']], italic: [['DejaVu Serif Italic', 'DejaVuSerif-Italic'], ['DejaVu Serif Bold Italic', 'DejaVuSerif-BoldItalic']] }, metrics: (style) => measure(style === 'italic' ? 'DejaVuSerif-Italic.ttf' : 'DejaVuSerif.ttf') },
  ],
  sans: [
    { name: 'Arial', local: { normal: [['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'], ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold']] }, metrics: () => measure('LiberationSans-Regular.ttf') },
    { name: 'DejaVu', local: { normal: [['DejaVu Sans', 'DejaVuSans'], ['DejaVu Sans Bold', 'DejaVuSans-Bold']] }, metrics: () => measure('DejaVuSans.ttf') },
  ],
};

const pct = (x) => `${(x * 100).toFixed(2)}%`;
// The overrides that make a fallback take the web font's room: widths scaled to the same
// average lowercase width (capsize's English-frequency weighting), then the web font's
// ascent, descent and line gap expressed in the scaled fallback's em.
function overrides(web, fallback) {
  const sizeAdjust = (web.xWidthAvg / web.unitsPerEm) / (fallback.xWidthAvg / fallback.unitsPerEm);
  return {
    'size-adjust': pct(sizeAdjust),
    'ascent-override': pct(web.ascent / web.unitsPerEm / sizeAdjust),
    'descent-override': pct(Math.abs(web.descent) / web.unitsPerEm / sizeAdjust),
    'line-gap-override': pct(web.lineGap / web.unitsPerEm / sizeAdjust),
  };
}

mkdirSync(OUT_DIR, { recursive: true });
const rules = [];
const report = [];
for (const face of FACES) {
  const original = readFileSync(require.resolve(face.src));
  const web = await fromBuffer(original);
  // Characters the font can draw that the sources use but the kept set lacks: name them.
  const missing = [...used].filter((c) => !BASE.includes(c) && c.codePointAt(0) > 0x7f && c.codePointAt(0) < 0x2100 && !/\p{Mark}|\p{Cc}|\p{Cf}/u.test(c));
  if (missing.length) throw new Error(`Characters used in content/ or src/ but not kept: ${missing.map((c) => `${c} U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}. Add them to BASE.`);
  const chars = face.style === 'italic' ? [...BASE].filter((c) => !NOT_ITALIC.includes(c)).join('') : BASE;
  const subset = await subsetFont(original, chars, {
    targetFormat: 'woff2',
    variationAxes: { wght: face.weight },
    keepFeatures: face.features,
    noHinting: true,
    dropTables: ['STAT', 'MVAR', 'HVAR'],
  });
  writeFileSync(join(OUT_DIR, face.out), subset);
  report.push(`${face.out}: ${(original.length / 1024).toFixed(1)} KB → ${(subset.length / 1024).toFixed(1)} KB`);
  const weight = typeof face.weight === 'number' ? face.weight : `${face.weight.min} ${face.weight.max}`;
  rules.push(`@font-face {\n  font-family: '${face.family}';\n  font-style: ${face.style};\n  font-weight: ${weight};\n  font-display: optional;\n  src: url('../assets/fonts/${face.out}') format('woff2');\n}`);

  const kind = face.family.includes('Serif') ? 'serif' : 'sans';
  for (const fb of FALLBACKS[kind]) {
    const locals = fb.local[face.style];
    if (!locals) continue;
    const o = overrides(web, await fb.metrics(face.style));
    locals.forEach((names, i) => {
      const body = Object.entries(o).map(([k, v]) => `  ${k}: ${v};`).join('\n');
      rules.push(`@font-face {\n  font-family: '${face.family} ${fb.name}';\n  font-style: ${face.style};\n  font-weight: ${i === 0 ? 400 : 700};\n  src: ${names.map((n) => `local('${n}')`).join(', ')};\n${body}\n}`);
    });
  }
}

const header = `/* Generated by scripts/subset-fonts.mjs: do not edit by hand, run it again.
   The site's three faces, subset to English and Spanish text (see the script for what is kept),
   shown with font-display: optional, so that a page never changes its fonts once it has painted.
   A page uses them from its first paint when they are in the browser's cache (tokens.css and the
   boot script put them first then); otherwise it is set in a local font resized to take exactly the
   room the web font would (size-adjust and ascent/descent/line-gap overrides computed from both
   fonts' metrics), and the web fonts are fetched after the first paint, for the next page. */\n`;
writeFileSync(CSS_OUT, `${header}${rules.join('\n')}\n`);
console.log(report.join('\n'));
console.log(`wrote ${CSS_OUT} (${rules.length} @font-face rules)`);
