// The build reads src/assets/map/prepared.json and never reconciles or simplifies; this checks the
// committed file is exactly what map preparation makes from the packages today, so an edit to
// prepare.ts, border.ts or the package outlines cannot ship without `npm run prepare-map`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Outlines } from '@lib/map/atlas';
import { prepareMap } from '@lib/map/prepare';
import { gatherOutlines } from '../../../scripts/map-outlines.mjs';

describe('src/assets/map/prepared.json', () => {
  it('is what `npm run prepare-map` writes from the packages', () => {
    const committed = readFileSync('src/assets/map/prepared.json', 'utf8');
    const fresh = JSON.stringify(prepareMap(gatherOutlines() as unknown as Outlines));
    expect(fresh.length).toBe(committed.length);
    expect(fresh === committed).toBe(true);
  }, 60_000);
  it('stores no simplification weights (x and y only)', () => {
    const prepared = JSON.parse(readFileSync('src/assets/map/prepared.json', 'utf8')) as { areas: { arcs: number[][][] } };
    expect(prepared.areas.arcs.flat().every((p) => p.length === 2)).toBe(true);
  });
});
