// The polyline helpers behind the border reconciliation and the crossing stretches (lib/map/line.ts), on small hand-made lines.
import { describe, expect, it } from 'vitest';
import { distanceKm, lineBetween, nearestOnLine } from '@lib/map/line';

const line: [number, number][] = [[-110, 31], [-109, 31], [-108, 31.5], [-107, 31.5]];

describe('nearestOnLine()', () => {
  it('finds the segment, the fraction along it and the distance', () => {
    const at = nearestOnLine(line, [-108.5, 31.3]);
    expect(at.index).toBe(1);
    expect(at.t).toBeGreaterThan(0.3);
    expect(at.t).toBeLessThan(0.7);
    expect(at.distance).toBeLessThan(10);
  });
  it('reports a vertex as the start of the next segment, so equal points compare equal', () => {
    expect(nearestOnLine(line, [-109, 31])).toMatchObject({ index: 1, t: 0 });
  });
});

describe('lineBetween()', () => {
  it('returns the stretch between two positions, with the line\u2019s own vertices in between', () => {
    const a = nearestOnLine(line, [-109.5, 31.01]);
    const b = nearestOnLine(line, [-107.5, 31.49]);
    const out = lineBetween(line, a, b);
    expect(out[0]![0]).toBeCloseTo(-109.5, 2);
    expect(out.slice(1, -1)).toEqual([line[1], line[2]]);
    expect(out.at(-1)![0]).toBeCloseTo(-107.5, 2);
  });
  it('walks backwards when the ring does', () => {
    const a = nearestOnLine(line, [-107.5, 31.49]);
    const b = nearestOnLine(line, [-109.5, 31.01]);
    expect(lineBetween(line, a, b).slice(1, -1)).toEqual([line[2], line[1]]);
  });
  it('gives the exact same floats for the same junction from both sides (so topojson can share the arc)', () => {
    const j: [number, number] = [-108.3, 31.42];
    const fromLeft = lineBetween(line, nearestOnLine(line, [-109.9, 31]), nearestOnLine(line, j)).at(-1);
    const fromRight = lineBetween(line, nearestOnLine(line, j), nearestOnLine(line, [-107.1, 31.5]))[0];
    expect(fromLeft).toEqual(fromRight);
  });
});

describe('distanceKm()', () => {
  it('measures about 111 km per degree of latitude', () => {
    expect(distanceKm([-100, 30], [-100, 31])).toBeCloseTo(111.3, 0);
  });
});
