// Share cards (Open Graph / Twitter, 1200x630): the layout and the SVG, with every word drawn
// as a path so the picture is the same on any machine. Pure: fonts come in as a `Typesetter`.

export const CARD = { width: 1200, height: 630 } as const;

/** Colours of the light theme (tokens.css), written out because the card has no CSS. */
export const CARD_COLOURS = { paper: '#fbfaf7', ink: '#1c1b19', muted: '#57534b', accent: '#a3361c', rule: '#d8d2c6' } as const;

export type Weight = 400 | 600 | 700 | 800;
export interface Typesetter {
  /** Advance width of `text` at `size` px. */
  width(text: string, size: number, weight: Weight): number;
  /** SVG path data for `text` with its baseline starting at (x, y). */
  path(text: string, x: number, y: number, size: number, weight: Weight, letterSpacing?: number): string;
}

export interface CardContent {
  kicker: string;
  title: string;
  dek: string;
  footer: string;
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

/** The largest title size (from `sizes`) at which the title fits in `maxLines`. */
export function fitTitle(title: string, maxWidth: number, maxLines: number, sizes: readonly number[], measure: (s: string, size: number) => number) {
  for (const size of sizes) {
    const lines = wrap(title, maxWidth, (s) => measure(s, size));
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1]!;
  return { size, lines: clampLines(wrap(title, maxWidth, (s) => measure(s, size)), maxLines, maxWidth, (s) => measure(s, size)) };
}

const MARGIN = 72;
const TEXT_WIDTH = CARD.width - MARGIN * 2;

/** The card as an SVG document (paths only, no text elements, no external references). */
export function cardSvg(content: CardContent, type: Typesetter): string {
  const c = CARD_COLOURS;
  const paths: string[] = [];
  const draw = (d: string, fill: string) => d && paths.push(`<path fill="${fill}" d="${d}"/>`);

  let y = 112;
  draw(type.path(content.kicker.toUpperCase(), MARGIN, y, 26, 700, 2.5), c.accent);

  const title = fitTitle(content.title, TEXT_WIDTH, 3, [84, 76, 68, 60, 54], (s, size) => type.width(s, size, 800));
  y += 26 + title.size * 0.95;
  for (const line of title.lines) {
    draw(type.path(line, MARGIN - title.size * 0.04, y, title.size, 800), c.ink);
    y += title.size * 1.08;
  }

  const dekSize = 34;
  y += dekSize * 2.3 - title.size * 1.08;
  const roomLines = Math.max(1, Math.min(3, Math.floor((CARD.height - 130 - y) / (dekSize * 1.3)) + 1));
  const dek = clampLines(wrap(content.dek, TEXT_WIDTH, (s) => type.width(s, dekSize, 400)), roomLines, TEXT_WIDTH, (s) => type.width(s, dekSize, 400));
  for (const line of dek) {
    draw(type.path(line, MARGIN, y, dekSize, 400), c.muted);
    y += dekSize * 1.3;
  }

  draw(type.path(content.footer, MARGIN, CARD.height - 52, 24, 600), c.ink);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${c.paper}"/>`,
    `<rect width="${CARD.width}" height="14" fill="${c.accent}"/>`,
    `<rect x="${MARGIN}" y="${CARD.height - 96}" width="${TEXT_WIDTH}" height="2" fill="${c.rule}"/>`,
    ...paths,
    '</svg>',
  ].join('\n');
}
