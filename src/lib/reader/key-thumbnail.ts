// Build-time only: a small picture of a chapter's key graphic for the chapter opener, drawn like
// the share card (the figure's layout printed as plain SVG, text as outlines, light theme) and
// rasterised with sharp to WebP at twice the size it is shown, so it is sharp on phones.
import sharp from 'sharp';
import { drawFigure } from './card-graphic';
import { typesetter } from './card-render';
import type { FigureInstance } from './figures';
import type { Locale } from '../i18n/locales';
import type { Palette } from '../svg/palette';
import { r1 } from '../format/round';

/** Pixel size of the picture: twice the 240×180 CSS px it is shown at beside the title block. */
export const KEY_THUMB = { width: 480, height: 360, pad: 16 } as const;

export async function keyThumbnail(figure: FigureInstance, locale: Locale, palette: Palette): Promise<Buffer> {
  const { raised, rule } = palette;
  const drawing = await drawFigure(figure, typesetter, palette, locale);
  const [vx, vy, vw, vh] = drawing.viewBox;
  const { width, height, pad } = KEY_THUMB;
  const scale = Math.min((width - 2 * pad) / vw, (height - 2 * pad) / vh);
  const w = vw * scale;
  const h = vh * scale;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" rx="6" fill="${raised}" stroke="${rule}" stroke-width="2"/>`,
    `<svg x="${r1((width - w) / 2)}" y="${r1((height - h) / 2)}" width="${r1(w)}" height="${r1(h)}" viewBox="${vx} ${vy} ${vw} ${vh}" overflow="visible">${drawing.body}</svg>`,
    '</svg>',
  ].join('');
  return sharp(Buffer.from(svg)).webp({ quality: 82, effort: 6 }).toBuffer();
}
