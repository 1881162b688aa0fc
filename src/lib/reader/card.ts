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
  /** The takeaway of the chapter's key graphic; drawn instead of the standfirst when given. */
  keyFigure?: string;
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
  const panels: string[] = [];
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const draw = (d: string, fill: string) => d && paths.push(`<path fill="${fill}" d="${d}"/>`);

  let y = 112;
  draw(type.path(content.kicker.toUpperCase(), MARGIN, y, 26, 700, 2.5), c.accent);

  const title = fitTitle(content.title, TEXT_WIDTH, content.keyFigure ? 2 : 3, [84, 76, 68, 60, 54], (s, size) => type.width(s, size, 800));
  y += 26 + title.size * 0.95;
  for (const line of title.lines) {
    draw(type.path(line, MARGIN - title.size * 0.04, y, title.size, 800), c.ink);
    y += title.size * 1.08;
  }
  y -= title.size * 1.08;

  if (content.keyFigure) {
    // The key graphic's takeaway, in a panel with an accent rule, as the chapter shows it.
    const size = 34;
    const panelTop = y + 38;
    const inner = TEXT_WIDTH - 56;
    const lines = clampLines(wrap(content.keyFigure, inner, (s) => type.width(s, size, 600)), 3, inner, (s) => type.width(s, size, 600));
    const panelHeight = 40 + 14 + size + (lines.length - 1) * size * 1.25 + 28;
    panels.push(`<rect x="${MARGIN}" y="${r1(panelTop)}" width="${TEXT_WIDTH}" height="${r1(panelHeight)}" fill="#ffffff"/>`);
    panels.push(`<rect x="${MARGIN}" y="${r1(panelTop)}" width="6" height="${r1(panelHeight)}" fill="${c.accent}"/>`);
    let py = panelTop + 40;
    draw(type.path('KEY GRAPHIC', MARGIN + 28, py, 20, 700, 2), c.accent);
    py += 14 + size;
    for (const line of lines) {
      draw(type.path(line, MARGIN + 28, py, size, 600), c.ink);
      py += size * 1.25;
    }
  } else {
    const dekSize = 34;
    y += dekSize * 2.3;
    const roomLines = Math.max(1, Math.min(3, Math.floor((CARD.height - 130 - y) / (dekSize * 1.3)) + 1));
    const dek = clampLines(wrap(content.dek, TEXT_WIDTH, (s) => type.width(s, dekSize, 400)), roomLines, TEXT_WIDTH, (s) => type.width(s, dekSize, 400));
    for (const line of dek) {
      draw(type.path(line, MARGIN, y, dekSize, 400), c.muted);
      y += dekSize * 1.3;
    }
  }

  draw(type.path(content.footer, MARGIN, CARD.height - 52, 24, 600), c.ink);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${c.paper}"/>`,
    `<rect width="${CARD.width}" height="14" fill="${c.accent}"/>`,
    `<rect x="${MARGIN}" y="${CARD.height - 96}" width="${TEXT_WIDTH}" height="2" fill="${c.rule}"/>`,
    ...panels,
    ...paths,
    '</svg>',
  ].join('\n');
}
