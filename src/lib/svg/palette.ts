// The colour of every mark role a card drawing paints, each named by the site token the page's
// stylesheets give that role (chart.css, map.css). One table instead of a cascade: when a
// stylesheet gives a role another token, this table changes with it (the share-card browser
// test compares the page's colours with the card's).
import { rgb } from 'd3-color';

/** Mark role → the custom property that colours it on the page. */
export const ROLE_TOKENS = {
  paper: '--paper',
  raised: '--paper-raised',
  ink: '--ink',
  muted: '--ink-muted',
  rule: '--rule',
  accent: '--accent',
  /** Charts: the part of a total (bars, values, units), --mark-part. */
  part: '--c-us',
  /** Charts: a total's outline and hatching, --mark-total-line. */
  total: '--c-mx',
  /** Charts: line series and their dots, --mark-line. */
  line: '--accent',
  /** Charts: ranges, rows and events without a category, --mark-range. */
  range: '--c-1',
  cat1: '--c-1',
  cat2: '--c-2',
  cat3: '--c-3',
  cat4: '--c-4',
  cat5: '--c-5',
  cat6: '--c-6',
  /** Map: neighbouring countries, US and Mexican land. */
  context: '--map-ctx',
  landUs: '--map-land-us',
  landMx: '--map-land-mx',
  /** Map: the four count bins (the fourth uses the darkest step). */
  bin1: '--c-seq-1',
  bin2: '--c-seq-2',
  bin3: '--c-seq-3',
  bin4: '--c-seq-5',
  /** Map: US side (flows, outlines, "no check" rule) and Mexican side (hatching, destinations). */
  us: '--c-us',
  mx: '--c-mx',
} as const;

export type Role = keyof typeof ROLE_TOKENS;
export type Palette = Record<Role, string>;

/** The palette, from a lookup of token values (lib/svg/tokens.ts). */
export function palette(token: (name: string) => string): Palette {
  return Object.fromEntries(Object.entries(ROLE_TOKENS).map(([role, name]) => [role, token(name)])) as Palette;
}

/** `percent`% of colour `a` mixed with colour `b` in sRGB, as CSS color-mix(in srgb, a p%, b) does. */
export function mix(a: string, percent: number, b: string): string {
  const ca = rgb(a);
  const cb = rgb(b);
  const w = percent / 100;
  const m = (x: number, y: number) => x * w + y * (1 - w);
  return rgb(m(ca.r, cb.r), m(ca.g, cb.g), m(ca.b, cb.b)).formatHex();
}

/** The category colour of a mark class list ("cat-3" → cat3), else the default range colour. */
export function categoryColour(cls: string, p: Palette): string {
  const n = /(?:^|\s)cat-([1-6])(?:\s|$)/.exec(cls)?.[1];
  return n ? p[`cat${n}` as Role] : p.range;
}
