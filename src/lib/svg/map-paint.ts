// The paint of each map mark class, as map.css gives it (in the palette's roles), for the card's
// map drawing and its legend. Sizes follow the map's unit `u` as on the page; the card draws the
// map with labels sized for a mid-width screen. A class without paint here fails loudly.
import type { Attrs } from './drawing';
import type { Palette } from './palette';

/** The page's --u at a mid-width map (map.css): label and stroke sizes scale with it. */
export const MAP_UNIT = 1.6;
export const MAP_HATCH = 'card-map-hatch';

const has = (cls: string, c: string) => cls.split(/\s+/).includes(c);

/** The fill of an area or legend swatch with these classes (bins, sale rules). */
export function areaFill(cls: string, p: Palette): string {
  const fills: Record<string, string> = {
    'map__bin--1': p.bin1,
    'map__bin--2': p.bin2,
    'map__bin--3': p.bin3,
    'map__bin--4': p.bin4,
    'map__bin--none': p.landUs,
    'map__rule--check': `url(#${MAP_HATCH})`,
    'map__rule--none': p.us,
  };
  const key = Object.keys(fills).find((k) => has(cls, k));
  if (!key) throw new Error(`Card map: no fill for area class "${cls}"`);
  return fills[key]!;
}

/** Fill and outline of a filled area (use.map__bin, use.map__rule). */
export const fillAttrs = (cls: string, p: Palette): Attrs => ({ fill: areaFill(cls, p), stroke: p.ink, 'stroke-width': MAP_UNIT });

/** The stroke of an outlined area (map__outline and its variants). */
export function outlineAttrs(cls: string, p: Palette): Attrs {
  const stroke = has(cls, 'map__outline--us') ? p.us : has(cls, 'map__outline--dest') ? p.mx : p.muted;
  const width = has(cls, 'map__outline--us') ? 2.2 : 1.6;
  return { fill: 'none', stroke, 'stroke-width': width * MAP_UNIT, 'stroke-linejoin': 'round' };
}

/** A line mark (map.paths) by class. */
export function pathAttrs(cls: string, p: Palette): Attrs {
  if (has(cls, 'map__crossing')) return { fill: 'none', stroke: p.accent, 'stroke-width': 7 * MAP_UNIT, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  throw new Error(`Card map: no paint for path class "${cls}"`);
}

/** A place marker by class: army stores in the Mexican colour, incidents in the accent. */
export const pointAttrs = (cls: string, p: Palette): Attrs => ({ fill: has(cls, 'map__point--army-store') ? p.mx : p.accent, stroke: p.paper, 'stroke-width': 1.5 * MAP_UNIT });

/** Size, weight, colour and spacing of a label by class (map__label and its variants). */
export function labelStyle(cls: string, p: Palette) {
  const country = has(cls, 'map__country');
  const size = (country ? 11 : 12.5) * MAP_UNIT;
  return {
    size,
    weight: country || has(cls, 'map__place') ? 600 : 400,
    fill: country || has(cls, 'map__name--mx') ? p.muted : p.ink,
    letterSpacing: country ? 0.18 * size : 0,
    halo: { colour: p.paper, width: 3 * MAP_UNIT },
    /** Values print their last line (the number) bold. */
    boldLast: has(cls, 'map__value'),
  } as const;
}
