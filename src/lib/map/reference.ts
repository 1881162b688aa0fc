// The printable reference map for teachers (/teachers/map/): the four US border states and all
// 32 Mexican states, each named, so a class can find every place the chapters mention. This file
// decides what the drawing holds and where every word goes (the fit of the drawing to its frame,
// which areas are drawn and how, label and number positions, the legend); it is pure (projected
// geometry and words in, a plain layout out) so the rules "every state is named, no two labels
// touch, nothing leaves the drawing" are unit-tested without a browser.
import { LOCALE_INFO, type Locale } from '../i18n/locales';
import { branch, t } from '../i18n/messages';
import { MX_BORDER_STATES, US_BORDER_STATES } from './codes';
import type { MapBase, Point } from './geometry';
import { textWidth, wrapText } from '../charts/text';
import { r1 } from '../format/round';

/** [x0, y0, x1, y1] in map units. */
export type Box = [number, number, number, number];
export type Anchor = 'start' | 'middle' | 'end';

export type LabelKind = 'country' | 'sea' | 'us' | 'mx' | 'number' | 'legend-title' | 'legend-item' | 'legend-text';

export interface RefLabel {
  id: string;
  kind: LabelKind;
  /** Centre of the text block (x at the anchor side for start/end). */
  at: Point;
  anchor: Anchor;
  lines: string[];
  /** Font size in map units. */
  size: number;
  bold: boolean;
  /** Estimated box of the text (or of the number's disc), padded; never overlaps another. */
  box: Box;
  /** A Mexican or US border state. */
  border?: boolean;
}

/** A line from a small state's centre to its number, when the number sits outside the state. */
export interface Leader {
  id: string;
  from: Point;
  to: Point;
}

export interface RefArea {
  id: string;
  name: string;
  country: 'us' | 'mx';
  d: string;
  /** One of the four US or six Mexican border states. */
  border: boolean;
  /** Named on the map (the US border states and every Mexican state). */
  named: boolean;
}

/** One row of the text list under the map. */
export interface RefEntry {
  id: string;
  name: string;
  border: boolean;
  /** The state's number on the map, for the small states named in the legend. */
  number?: number;
}

export interface ReferenceLayout {
  /** x, y, width, height of the SVG viewBox. */
  viewBox: [number, number, number, number];
  areas: RefArea[];
  context: { id: string; d: string }[];
  border: string;
  labels: RefLabel[];
  leaders: Leader[];
  /** Where the legend's sample of a border state's outline is drawn. */
  legendSwatch: { from: Point; to: Point };
  /** Every state named on the map, for the text list: US border states west to east, Mexican states by name. */
  us: RefEntry[];
  mx: RefEntry[];
  /** The six Mexican border states, west to east (named in the legend). */
  mxBorder: string[];
  /** Labels that found no free place (drawn where they would overlap): must be empty. */
  problems: string[];
}

/** The words the map prints, in the page's language. */
export interface ReferenceWords {
  /** Names that differ from the geometry's (English) names, by area id: "NM" → "Nuevo México". */
  areaNames: Record<string, string>;
  countries: { us: string; mx: string };
  seas: { pacific: string; gulf: string };
  /** Legend headings. */
  numbered: string;
  /** Beside the sample of a border state's outline. */
  borderOutline: string;
  /** Heading of the six Mexican border states. */
  borderStates: string;
  /** Sorts names in the page's language. */
  compare: (a: string, b: string) => number;
}

/** The map's words from the edition's catalog (US state names as on the chapter maps: "Nuevo México"). */
export function referenceWords(locale: Locale): ReferenceWords {
  const tr = t(locale);
  const collator = new Intl.Collator(LOCALE_INFO[locale].intl);
  return {
    areaNames: branch(locale, 'map.areaNames') as Record<string, string>,
    countries: { us: tr('map.countries.us'), mx: tr('map.countries.mx') },
    seas: { pacific: tr('referenceMap.pacific'), gulf: tr('referenceMap.gulf') },
    numbered: tr('referenceMap.numbered'),
    borderOutline: tr('referenceMap.borderOutline'),
    borderStates: tr('referenceMap.borderStates'),
    compare: collator.compare,
  };
}

/** Sizes in map units (the drawing is about 730 units wide and prints about 185 mm wide). */
export const SIZES = { us: 14, mx: 10, number: 9, country: 14, sea: 12, legend: 9.5, legendTitle: 9.5 } as const;
const LINE = 1.15;
/** Room around each text box, so neighbours never touch. */
const PAD = 1.5;
/** Letter spacing of the country names, in em (CSS in ReferenceMap.astro matches). */
export const COUNTRY_TRACKING = 0.16;
/** Letter spacing of the sea names, in em. */
export const SEA_TRACKING = 0.06;
/** Radius of a number's disc. */
export const NUMBER_R = 6.5;
/** Space around the states drawn, in map units. */
const FIT_PAD = 8;

/**
 * Small Mexican states named by a number keyed in the legend: their names cannot fit inside
 * them at a readable size. The rest are named in place.
 */
export const NUMBERED: readonly string[] = ['MX-AGU', 'MX-CMX', 'MX-COL', 'MX-GUA', 'MX-HID', 'MX-MEX', 'MX-MOR', 'MX-QUE', 'MX-TLA'];

/** Which way a number too big for its state first looks for room (degrees, clockwise from east; y grows down). */
const LEADER_DIRECTION: Record<string, number> = { 'MX-TLA': -50, 'MX-CMX': -120, 'MX-MOR': 100 };

/**
 * Label hints for states whose centre is a poor place for their name: a better point (lon/lat)
 * and the widest a line may run before wrapping (map units). Without a hint a name goes on the
 * projected centroid and wraps to the state's width.
 */
const HINTS: Record<string, { lonLat?: Point; wrap?: number }> = {
  CA: { lonLat: [-119.6, 37.4] },
  TX: { lonLat: [-99.3, 31.4] },
  'MX-BCN': { lonLat: [-115.3, 30.6], wrap: 60 },
  'MX-BCS': { lonLat: [-113.2, 26.2], wrap: 50 },
  'MX-SON': { lonLat: [-110.6, 29.6] },
  'MX-SIN': { lonLat: [-107.5, 25.2] },
  'MX-NAY': { lonLat: [-104.9, 21.95], wrap: 40 },
  'MX-NLE': { lonLat: [-99.95, 25.85], wrap: 40 },
  'MX-TAM': { lonLat: [-98.6, 24.1], wrap: 40 },
  'MX-SLP': { lonLat: [-100.4, 22.6], wrap: 50 },
  'MX-ZAC': { lonLat: [-102.9, 23.5] },
  'MX-JAL': { lonLat: [-104.0, 20.3] },
  'MX-MIC': { lonLat: [-101.9, 19.1] },
  'MX-GRO': { lonLat: [-100.0, 17.6] },
  'MX-PUE': { lonLat: [-97.9, 18.5] },
  'MX-VER': { lonLat: [-96.5, 19.3] },
  'MX-OAX': { lonLat: [-96.6, 16.9] },
  'MX-TAB': { lonLat: [-92.8, 17.95] },
  'MX-ROO': { lonLat: [-88.5, 19.6], wrap: 50 },
};

/** Fixed positions (lon/lat) of the country and sea names, chosen in open space. */
const PLACES: { id: string; kind: 'country' | 'sea'; lonLat: Point; key: 'us' | 'mx' | 'pacific' | 'gulf'; wrap: number }[] = [
  { id: 'country-us', kind: 'country', lonLat: [-103.5, 38.6], key: 'us', wrap: 400 },
  { id: 'country-mx', kind: 'country', lonLat: [-104.6, 27.6], key: 'mx', wrap: 400 },
  { id: 'sea-pacific', kind: 'sea', lonLat: [-119.5, 27.6], key: 'pacific', wrap: 60 },
  { id: 'sea-gulf', kind: 'sea', lonLat: [-91.4, 25.4], key: 'gulf', wrap: 70 },
];

export const boxesOverlap = (a: Box, b: Box): boolean => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
export const boxInside = (inner: Box, [x, y, w, h]: [number, number, number, number]): boolean =>
  inner[0] >= x && inner[1] >= y && inner[2] <= x + w && inner[3] <= y + h;

function lineWidth(line: string, kind: LabelKind, size: number, bold: boolean): number {
  const tracking = kind === 'country' ? COUNTRY_TRACKING : kind === 'sea' ? SEA_TRACKING : 0;
  // Italic (sea names) runs about as wide as roman; tracking adds its share per character.
  return textWidth(line, size, bold) + [...line].length * tracking * size;
}

/** The padded box of a text block centred vertically on `at`. */
export function textBox(at: Point, lines: string[], anchor: Anchor, kind: LabelKind, size: number, bold: boolean): Box {
  const w = Math.max(...lines.map((l) => lineWidth(l, kind, size, bold)));
  const h = lines.length * LINE * size;
  const x0 = anchor === 'start' ? at[0] : anchor === 'end' ? at[0] - w : at[0] - w / 2;
  return [r1(x0 - PAD), r1(at[1] - h / 2 - PAD), r1(x0 + w + PAD), r1(at[1] + h / 2 + PAD)];
}

const discBox = (at: Point): Box => [r1(at[0] - NUMBER_R - 1), r1(at[1] - NUMBER_R - 1), r1(at[0] + NUMBER_R + 1), r1(at[1] + NUMBER_R + 1)];

/** Whether segment p→q crosses box b (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const checks: [number, number][] = [[-dx, p[0] - b[0]], [dx, b[2] - p[0]], [-dy, p[1] - b[1]], [dy, b[3] - p[1]]];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const t = qq / pp;
      if (pp < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Whether segments a→b and c→d cross. */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o = (p: Point, q: Point, r: Point) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b);
}

/** Offsets tried around a name's point, in line heights (x) and lines (y), nearest first. */
const NUDGES: [number, number][] = [[0, 0], [0, 0.5], [0, -0.5], [0.5, 0], [-0.5, 0], [0, 1], [0, -1], [1, 0], [-1, 0], [0.7, 0.7], [-0.7, 0.7], [0.7, -0.7], [-0.7, -0.7], [0, 1.5], [0, -1.5], [1.5, 0], [-1.5, 0], [0, 2], [0, -2], [2, 0], [-2, 0]];

export function layoutReference(base: MapBase, project: (lonLat: Point) => Point, words: ReferenceWords): ReferenceLayout {
  const usBorder = US_BORDER_STATES as readonly string[];
  const mxBorder = MX_BORDER_STATES as readonly string[];
  const nameOf = (a: { id: string; name: string }) => words.areaNames[a.id] ?? a.name;
  const inMap = base.areas.filter((a) => a.country === 'mx' || usBorder.includes(a.id));
  for (const id of [...usBorder, ...mxBorder, ...NUMBERED]) if (!inMap.some((a) => a.id === id)) throw new Error(`reference map: no area "${id}"`);

  // The fit: the box around Mexico and the four US border states, with a little room.
  const x0 = Math.floor(Math.min(...inMap.map((a) => a.bounds[0][0])) - FIT_PAD);
  const y0 = Math.floor(Math.min(...inMap.map((a) => a.bounds[0][1])) - FIT_PAD);
  const x1 = Math.ceil(Math.max(...inMap.map((a) => a.bounds[1][0])) + FIT_PAD);
  const y1 = Math.ceil(Math.max(...inMap.map((a) => a.bounds[1][1])) + FIT_PAD);
  const viewBox: ReferenceLayout['viewBox'] = [x0, y0, x1 - x0, y1 - y0];
  const frame: Box = [x0, y0, x1, y1];
  const seen = (b: [[number, number], [number, number]]) => boxesOverlap([b[0][0], b[0][1], b[1][0], b[1][1]], frame);

  const areas: RefArea[] = base.areas
    .filter((a) => seen(a.bounds))
    .map((a) => ({
      id: a.id,
      name: nameOf(a),
      country: a.country,
      d: a.d,
      border: usBorder.includes(a.id) || mxBorder.includes(a.id),
      named: a.country === 'mx' || usBorder.includes(a.id),
    }));

  const labels: RefLabel[] = [];
  const leaders: Leader[] = [];
  const problems: string[] = [];
  const taken = (): Box[] => labels.map((l) => l.box);
  const fits = (box: Box, extra: Box[] = []) => boxInside(box, viewBox) && ![...taken(), ...extra].some((t) => boxesOverlap(box, t));

  // 1. Country and sea names, at fixed points in open space.
  for (const p of PLACES) {
    const text = p.kind === 'country' ? words.countries[p.key as 'us' | 'mx'] : words.seas[p.key as 'pacific' | 'gulf'];
    const size = p.kind === 'country' ? SIZES.country : SIZES.sea;
    const bold = p.kind === 'country';
    const lines = wrapText(text, p.wrap, size, bold);
    const at = project(p.lonLat).map(r1) as Point;
    labels.push({ id: p.id, kind: p.kind, at, anchor: 'middle', lines, size, bold, box: textBox(at, lines, 'middle', p.kind, size, bold) });
  }

  // 2. The legend, in the open Pacific at the bottom left: the numbered states, then the border states.
  const numberedAreas = NUMBERED.map((id) => inMap.find((a) => a.id === id)!)
    .map((a) => ({ id: a.id, name: nameOf(a), anchor: a.anchor, bounds: a.bounds }))
    .sort((a, b) => words.compare(a.name, b.name));
  const numberOf = new Map(numberedAreas.map((a, i) => [a.id, i + 1]));
  const mxBorderNames = mxBorder.map((id) => nameOf(inMap.find((a) => a.id === id)!));
  const legendSwatch = addLegend(labels, viewBox, numberedAreas.map((a) => a.name), mxBorderNames, words);

  // 3. Numbers that fit inside their state, on its centre.
  const fitsInside = (a: (typeof numberedAreas)[number]) =>
    a.bounds[1][0] - a.bounds[0][0] >= 2 * NUMBER_R + 4 && a.bounds[1][1] - a.bounds[0][1] >= 2 * NUMBER_R + 4;
  const outside: typeof numberedAreas = [];
  for (const a of numberedAreas) {
    const box = discBox(a.anchor);
    if (fitsInside(a) && fits(box)) labels.push({ id: `number-${a.id}`, kind: 'number', at: a.anchor, anchor: 'middle', lines: [String(numberOf.get(a.id))], size: SIZES.number, bold: true, box });
    else outside.push(a);
  }

  // 4. Names, smallest states first (they have the least room to move).
  const named = inMap
    .filter((a) => !numberOf.has(a.id))
    .map((a) => ({ a, area: (a.bounds[1][0] - a.bounds[0][0]) * (a.bounds[1][1] - a.bounds[0][1]) }))
    .sort((p, q) => p.area - q.area || p.a.id.localeCompare(q.a.id));
  // Leaders of the numbers placed last must still get out of the middle: keep the centres of those states clear.
  const reserved: Box[] = outside.map((a) => discBox(a.anchor));
  for (const { a } of named) {
    const kind: LabelKind = a.country === 'us' ? 'us' : 'mx';
    const size = kind === 'us' ? SIZES.us : SIZES.mx;
    const border = usBorder.includes(a.id) || mxBorder.includes(a.id);
    const bold = kind === 'us' || border;
    const hint = HINTS[a.id] ?? {};
    const at0 = hint.lonLat ? (project(hint.lonLat).map(r1) as Point) : a.anchor;
    const wrap = hint.wrap ?? Math.max(40, (a.bounds[1][0] - a.bounds[0][0]) * 0.85);
    const lines = wrapText(nameOf(a), wrap, size, bold);
    const step = LINE * size;
    let placed: RefLabel | undefined;
    for (const [dx, dy] of NUDGES) {
      const at: Point = [r1(at0[0] + dx * step), r1(at0[1] + dy * step)];
      const box = textBox(at, lines, 'middle', kind, size, bold);
      if (fits(box, reserved)) {
        placed = { id: `name-${a.id}`, kind, at, anchor: 'middle', lines, size, bold, box, border };
        break;
      }
    }
    if (!placed) {
      problems.push(`no room for the name of ${a.id} (${lines.join(' ')})`);
      placed = { id: `name-${a.id}`, kind, at: at0, anchor: 'middle', lines, size, bold, box: textBox(at0, lines, 'middle', kind, size, bold), border };
    }
    labels.push(placed);
  }

  // 5. The other numbers, out of their state on a short leader, away from the crowd.
  const centre: Point = [
    outside.reduce((s, a) => s + a.anchor[0], 0) / Math.max(1, outside.length),
    outside.reduce((s, a) => s + a.anchor[1], 0) / Math.max(1, outside.length),
  ];
  for (const a of outside) {
    const preferred = LEADER_DIRECTION[a.id];
    const base0 = preferred !== undefined ? (preferred * Math.PI) / 180 : Math.atan2(a.anchor[1] - centre[1], a.anchor[0] - centre[0]) || -Math.PI / 2;
    const angles = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8].map((k) => base0 + (k * Math.PI) / 8);
    let done = false;
    for (let r = 14; r <= 90 && !done; r += 2) {
      for (const ang of angles) {
        const at: Point = [r1(a.anchor[0] + r * Math.cos(ang)), r1(a.anchor[1] + r * Math.sin(ang))];
        const box = discBox(at);
        const edge: Point = [r1(a.anchor[0] + (r - NUMBER_R) * Math.cos(ang)), r1(a.anchor[1] + (r - NUMBER_R) * Math.sin(ang))];
        if (!fits(box)) continue;
        if (labels.some((l) => segmentHitsBox(a.anchor, edge, l.box))) continue;
        if (leaders.some((l) => segmentsCross(a.anchor, edge, l.from, l.to))) continue;
        labels.push({ id: `number-${a.id}`, kind: 'number', at, anchor: 'middle', lines: [String(numberOf.get(a.id))], size: SIZES.number, bold: true, box });
        leaders.push({ id: a.id, from: a.anchor, to: edge });
        done = true;
        break;
      }
    }
    if (!done) {
      problems.push(`no room for the number of ${a.id}`);
      labels.push({ id: `number-${a.id}`, kind: 'number', at: a.anchor, anchor: 'middle', lines: [String(numberOf.get(a.id))], size: SIZES.number, bold: true, box: discBox(a.anchor) });
    }
  }

  const entry = (a: { id: string; name: string }): RefEntry => {
    const n = numberOf.get(a.id);
    return { id: a.id, name: nameOf(a), border: usBorder.includes(a.id) || mxBorder.includes(a.id), ...(n ? { number: n } : {}) };
  };
  return {
    viewBox,
    areas,
    context: base.context.map((c) => ({ id: c.id, d: c.d })),
    border: base.border,
    labels,
    leaders,
    legendSwatch,
    us: usBorder.map((id) => entry(inMap.find((a) => a.id === id)!)),
    mx: inMap.filter((a) => a.country === 'mx').map(entry).sort((a, b) => words.compare(a.name, b.name)),
    mxBorder: mxBorderNames,
    problems,
  };
}

/**
 * The legend, two columns in the bottom-left corner: "numbered on the map" with a disc per
 * number, and the border states' outline with the six Mexican border states west to east.
 * Returns where the outline sample goes.
 */
function addLegend(labels: RefLabel[], [vx, vy, , vh]: [number, number, number, number], numbered: string[], mxBorder: string[], words: ReferenceWords): { from: Point; to: Point } {
  const size = SIZES.legend;
  // A row holds a number disc with room to spare, so rows never touch.
  const row = 2 * NUMBER_R + 3.5;
  const gap = 14;
  const left = vx + 6;
  const bottom = vy + vh - 6;
  const titleLines = (text: string, width: number) => wrapText(text, width, SIZES.legendTitle, true);
  const colWidth = (items: string[], indent: number) => Math.max(...items.map((t) => textWidth(t, size))) + indent;

  // Column 1: numbered states.
  const w1 = Math.max(colWidth(numbered, 2 * NUMBER_R + 4), 70);
  const t1 = titleLines(words.numbered, w1);
  const h1 = t1.length * LINE * SIZES.legendTitle + 3 + numbered.length * row;
  // Column 2: the outline of a border state, then the six Mexican border states.
  const swatch = 24;
  const w2 = Math.max(colWidth(mxBorder, 0), colWidth([words.borderOutline], swatch + 5), 105);
  const t2 = titleLines(words.borderStates, w2);
  const h2 = row + 4 + t2.length * LINE * SIZES.legendTitle + 3 + mxBorder.length * row;
  const top = bottom - Math.max(h1, h2);
  const col2 = left + w1 + gap;

  const push = (id: string, kind: LabelKind, at: Point, lines: string[], bold: boolean, s = size) =>
    labels.push({ id, kind, at: [r1(at[0]), r1(at[1])], anchor: 'start', lines, size: s, bold, box: textBox(at, lines, 'start', kind, s, bold) });

  const titleH1 = t1.length * LINE * SIZES.legendTitle;
  push('legend-numbered', 'legend-title', [left, top + titleH1 / 2], t1, true, SIZES.legendTitle);
  numbered.forEach((name, i) => {
    const cy = top + titleH1 + 3 + row * (i + 0.5);
    const disc: Point = [r1(left + NUMBER_R), r1(cy)];
    labels.push({ id: `legend-number-${i + 1}`, kind: 'number', at: disc, anchor: 'middle', lines: [String(i + 1)], size: SIZES.number, bold: true, box: discBox(disc) });
    push(`legend-name-${i + 1}`, 'legend-item', [left + 2 * NUMBER_R + 4, cy], [name], false);
  });

  const swatchY = r1(top + row / 2);
  push('legend-outline', 'legend-item', [col2 + swatch + 5, swatchY], [words.borderOutline], false);
  // The sample line belongs to its item: its box reaches back over the line.
  labels.at(-1)!.box[0] = r1(col2 - PAD);
  const titleTop = top + row + 4;
  const titleH2 = t2.length * LINE * SIZES.legendTitle;
  push('legend-border', 'legend-title', [col2, titleTop + titleH2 / 2], t2, true, SIZES.legendTitle);
  mxBorder.forEach((name, i) => push(`legend-border-${i + 1}`, 'legend-text', [col2, titleTop + titleH2 + 3 + row * (i + 0.5)], [name], false));
  return { from: [r1(col2), swatchY], to: [r1(col2 + swatch), swatchY] };
}
