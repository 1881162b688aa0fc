// compactPath() keeps every point where d3 put it while writing fewer bytes.
import { describe, expect, it } from 'vitest';
import { compactPath } from '@lib/map/path';

/** Absolute points of a relative m/z path with implicit linetos (what a browser would draw). */
function points(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let [x, y] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([mz])([^mz]*)/g)) {
    if (cmd === 'z') {
      [x, y] = rings.at(-1)![0]!;
      continue;
    }
    const nums = (args!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    const ring: [number, number][] = [];
    for (let i = 0; i < nums.length; i += 2) {
      x += nums[i]!;
      y += nums[i + 1]!;
      ring.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    }
    rings.push(ring);
  }
  return rings;
}

describe('compactPath()', () => {
  it('writes relative commands with implicit linetos', () => {
    expect(compactPath('M10,10L12.5,10L12.5,7Z')).toBe('m10,10,2.5,0,0-3z');
  });

  it('keeps every point of a multi-ring path, including after a close', () => {
    const d = 'M100.3,50.1L120.7,50.1L110.2,70.9ZM200,200L210.1,190.5L220.4,230.2Z';
    expect(points(compactPath(d))).toEqual([
      [[100.3, 50.1], [120.7, 50.1], [110.2, 70.9]],
      [[200, 200], [210.1, 190.5], [220.4, 230.2]],
    ]);
  });

  it('does not accumulate rounding error along a long line', () => {
    const abs = Array.from({ length: 500 }, (_, i) => `${i === 0 ? 'M' : 'L'}${(i * 1.37).toFixed(2)},${(i * 0.73).toFixed(2)}`).join('');
    const last = points(compactPath(abs))[0]!.at(-1)!;
    expect(last).toEqual([Math.round(499 * 1.37 * 10) / 10, Math.round(499 * 0.73 * 10) / 10]);
  });

  it('is shorter than the absolute form', () => {
    const abs = 'M512.3,401.2L513.1,402.4L514.9,402.8L516.2,404.1L517.7,405.5Z';
    expect(compactPath(abs).length).toBeLessThan(abs.length * 0.75);
  });
});
