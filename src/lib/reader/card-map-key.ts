// A map's legend for its share card. On the page the legend is HTML under the drawing; a card
// has room only inside the drawing, so the visible legend of the live map is redrawn as SVG in
// the map's own coordinates, over the open Pacific in the lower left. Its swatches keep the
// page's classes, so the site's stylesheet colours them (lib/svg/flatten.ts).
import { parseDocument } from 'htmlparser2';
import { selectAll, selectOne } from 'css-select';
import { textContent } from 'domutils';
import type { Element } from 'domhandler';
import { clampLines, wrap } from './card';
import type { Typesetter } from '../svg/typesetter';
import { escapeXml as esc } from '../format/escape';

export interface MapKey {
  title: string;
  items: { cls: string; label: string; line?: number }[];
}

/** The legends the live map shows in its initial state (not those of other states or snapshots). */
export function readMapKeys(html: string): MapKey[] {
  const doc = parseDocument(html, { lowerCaseTags: false, lowerCaseAttributeNames: false });
  const live = selectOne<Element, Element>('.map:not(.map--snapshot)', doc.children as Element[]);
  if (!live) return [];
  return selectAll<Element, Element>('.map__keys > .map-key:not(.is-off)', live).map((key) => ({
    title: textContent(selectOne<Element, Element>('.map-key__title', key) ?? []).trim(),
    items: selectAll<Element, Element>('.map-key__items > li', key).map((li) => {
      const swatch = selectOne<Element, Element>('.map-key__swatch', li);
      const line = selectOne<Element, Element>('.map-key__line line', li);
      return {
        cls: (swatch?.attribs.class ?? '').replace('map-key__swatch', '').trim(),
        label: textContent(li).trim(),
        ...(line ? { line: Number(line.attribs['stroke-width'] ?? 2) } : {}),
      };
    }),
  }));
}

const TITLE = 17;
const ITEM = 21;
const PAD = 12;
const MAX_WIDTH = 290;

/**
 * The legends as an HTML fragment holding one map SVG with the same viewBox as the map, to be
 * flattened and drawn over it. Undefined when the map shows no legend.
 */
export function mapKeyFragment(keys: MapKey[], viewBox: [number, number, number, number], type: Typesetter): string | undefined {
  if (!keys.length) return undefined;
  const [vx, vy, , vh] = viewBox;
  const rows: string[] = [];
  let y = 0;
  let width = 0;
  for (const key of keys) {
    const measure = (s: string) => type.width(s, TITLE, 600);
    for (const line of clampLines(wrap(key.title, MAX_WIDTH, measure), 4, MAX_WIDTH, measure)) {
      y += TITLE * 1.2;
      rows.push(`<text class="card-key__title" x="0" y="${y}" font-size="${TITLE}">${esc(line)}</text>`);
      width = Math.max(width, measure(line));
    }
    y += 8;
    for (const item of key.items) {
      const top = y;
      y += ITEM * 1.4;
      rows.push(
        item.line === undefined
          ? `<rect class="card-key__swatch ${item.cls}" x="0" y="${top + 6}" width="26" height="${ITEM * 0.8}"/>`
          : `<g class="map-key__line"><line x1="0" x2="26" y1="${top + 6 + ITEM * 0.4}" y2="${top + 6 + ITEM * 0.4}" stroke-width="${item.line * 1.6}"/></g>`,
      );
      rows.push(`<text class="card-key__item" x="36" y="${top + ITEM * 1.05}" font-size="${ITEM}">${esc(item.label)}</text>`);
      width = Math.max(width, 36 + type.width(item.label, ITEM, 400));
    }
    y += 10;
  }
  const boxW = width + PAD * 2;
  const boxH = y + PAD * 2 - 10;
  const x0 = vx + 14;
  const y0 = vy + vh - 14 - boxH;
  return [
    `<div class="map"><svg class="map__svg" viewBox="${viewBox.join(' ')}">`,
    `<rect class="card-key__bg" x="${x0}" y="${y0}" width="${boxW}" height="${boxH}" rx="4"/>`,
    `<g transform="translate(${x0 + PAD} ${y0 + PAD})">${rows.join('')}</g>`,
    '</svg></div>',
  ].join('');
}

/** Styles of the card legend, in the site's tokens (added to the map's stylesheet). */
export const MAP_KEY_CSS = `
.card-key__bg { fill: var(--paper); stroke: var(--rule); stroke-width: 1.5; }
.card-key__title { fill: var(--ink); font-weight: 600; }
.card-key__item { fill: var(--ink); }
.card-key__swatch { stroke: var(--ink); stroke-width: 1; }
`;
