// One rounding for every coordinate written into SVG at build (charts, maps, share cards):
// a tenth of a pixel is finer than any screen shows, and keeps the markup short and stable.

/** Rounds to one decimal place. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;
