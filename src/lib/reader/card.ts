// Share cards (Open Graph / Twitter, 1200x630): the layout and the SVG, with every word drawn
// as a path so the picture is the same on any machine. Pure: fonts come in as a `Typesetter`.
import type { Drawing } from '../svg/drawing';
import type { Palette } from '../svg/palette';
import { clampLines, wrap } from '../svg/text';
import type { Typesetter } from '../svg/typesetter';
import { r1 } from '../format/round';

export type { Typesetter };

export const CARD = { width: 1200, height: 630 } as const;

/** The site colours the card itself uses (the palette's, lib/svg/palette.ts). */
export type CardColours = Pick<Palette, 'paper' | 'raised' | 'ink' | 'muted' | 'accent' | 'rule'>;

export interface CardContent {
  kicker: string;
  title: string;
  /** The standfirst, drawn when there is no graphic. */
  dek?: string;
  footer: string;
  /** The chapter's key graphic: drawn beside the title, with its takeaway in place of the standfirst. */
  graphic?: CardGraphic;
}

export interface CardGraphic {
  /** What it is, for the label above its takeaway: "Chart" or "Map". */
  kind: string;
  /** Its takeaway title, as the chapter shows it. */
  title: string;
  /** The drawing, self-contained (see lib/svg/drawing.ts). */
  drawing: Drawing;
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
/** With a graphic: text in the left column, the drawing on a panel to the right. */
const COLUMN = 468;
const PANEL = { x: 600, y: 54, width: CARD.width - 600 - 48, height: CARD.height - 54 * 2, pad: 24 } as const;
/** The space a key graphic is fitted into on the card. */
export const GRAPHIC_BOX = { width: PANEL.width - PANEL.pad * 2, height: PANEL.height - PANEL.pad * 2 } as const;
/** How much a drawing of this size is scaled to fit the card (larger is easier to read). */
export const graphicScale = ([, , w, h]: Drawing['viewBox']) => Math.min(GRAPHIC_BOX.width / w, GRAPHIC_BOX.height / h);
const FOOTER_Y = CARD.height - 52;
const RULE_Y = CARD.height - 96;


/** The card as an SVG document (paths only, no text elements, no external references). */
export function cardSvg(content: CardContent, type: Typesetter, c: CardColours): string {
  const paths: string[] = [];
  const draw = (d: string, fill: string) => d && paths.push(`<path fill="${fill}" d="${d}"/>`);
  const width = content.graphic ? COLUMN : TEXT_WIDTH;

  let y = 112;
  draw(type.path(content.kicker.toUpperCase(), MARGIN, y, content.graphic ? 22 : 26, 700, content.graphic ? 2 : 2.5), c.accent);

  const sizes = content.graphic ? [64, 58, 52, 46, 42] : [84, 76, 68, 60, 54];
  const title = fitTitle(content.title, width, 3, sizes, (s, size) => type.width(s, size, 800));
  y += 26 + title.size * 0.95;
  for (const line of title.lines) {
    draw(type.path(line, MARGIN - title.size * 0.04, y, title.size, 800), c.ink);
    y += title.size * 1.08;
  }
  y -= title.size * 1.08;

  const extra: string[] = [];
  if (content.graphic) {
    // The takeaway under a small label, as much of it as fits above the footer rule.
    const g = content.graphic;
    y += 56;
    draw(type.path(g.kind.toUpperCase(), MARGIN, y, 18, 700, 2), c.accent);
    const size = 28;
    y += 14 + size;
    const room = Math.max(1, Math.floor((RULE_Y - 24 - y) / (size * 1.25)) + 1);
    const measure = (s: string) => type.width(s, size, 600);
    for (const line of clampLines(wrap(g.title, width, measure), room, width, measure)) {
      draw(type.path(line, MARGIN, y, size, 600), c.ink);
      y += size * 1.25;
    }
    extra.push(graphicPanel(g.drawing, c));
  } else {
    const dekSize = 34;
    y += dekSize * 2.3;
    const roomLines = Math.max(1, Math.min(3, Math.floor((CARD.height - 130 - y) / (dekSize * 1.3)) + 1));
    const dek = clampLines(wrap(content.dek ?? '', width, (s) => type.width(s, dekSize, 400)), roomLines, width, (s) => type.width(s, dekSize, 400));
    for (const line of dek) {
      draw(type.path(line, MARGIN, y, dekSize, 400), c.muted);
      y += dekSize * 1.3;
    }
  }

  const footerSize = content.graphic ? 20 : 24;
  draw(type.path(content.footer, MARGIN, FOOTER_Y, footerSize, 600), c.ink);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${c.paper}"/>`,
    `<rect width="${CARD.width}" height="14" fill="${c.accent}"/>`,
    `<rect x="${MARGIN}" y="${RULE_Y}" width="${width}" height="2" fill="${c.rule}"/>`,
    ...extra,
    ...paths,
    '</svg>',
  ].join('\n');
}

/** The key graphic on a raised panel, scaled to fit and centered. */
export function graphicPanel(drawing: Drawing, colours: CardColours): string {
  const [vx, vy, vw, vh] = drawing.viewBox;
  const { width: boxW, height: boxH } = GRAPHIC_BOX;
  const scale = graphicScale(drawing.viewBox);
  const w = vw * scale;
  const h = vh * scale;
  const x = PANEL.x + PANEL.pad + (boxW - w) / 2;
  const y = PANEL.y + PANEL.pad + (boxH - h) / 2;
  return [
    `<rect x="${PANEL.x}" y="${PANEL.y}" width="${PANEL.width}" height="${PANEL.height}" rx="6" fill="${colours.raised}" stroke="${colours.rule}" stroke-width="2"/>`,
    `<svg x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" viewBox="${vx} ${vy} ${vw} ${vh}" overflow="visible">${drawing.body}</svg>`,
  ].join('\n');
}
