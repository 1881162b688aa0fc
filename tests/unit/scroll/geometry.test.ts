// Which step is active for a scroll position, where the trigger line sits, where a deep link
// or a button scrolls to: the rules the scrolly island relies on to land on the right picture.
import { describe, expect, it } from 'vitest';
import { activeIndex, pixelOffset, scrollTargetY, stepIndexFromHash, triggerOffset, viewportChanged } from '@lib/scroll/geometry';

describe('triggerOffset()', () => {
  it('puts the line mid-screen on wide screens and lower on phones, in whole pixels', () => {
    expect(triggerOffset({ width: 1280, height: 800 }, false)).toBe(400);
    expect(triggerOffset({ width: 390, height: 845 }, true)).toBe(634);
  });
  it('refuses a zero-height viewport', () => {
    expect(() => triggerOffset({ width: 390, height: 0 }, true)).toThrow(RangeError);
  });
});

describe('activeIndex()', () => {
  const tops = [100, 600, 1100];
  it('is -1 before the first step reaches the line', () => {
    expect(activeIndex([500, 1000], 400)).toBe(-1);
  });
  it('is the last step whose top has crossed the line', () => {
    expect(activeIndex(tops, 400)).toBe(0);
    expect(activeIndex(tops, 600)).toBe(1);
    expect(activeIndex(tops.map((t) => t - 900), 400)).toBe(2);
  });
  it('keeps the previous step active in the gap between two steps', () => {
    expect(activeIndex([-300, 450], 400)).toBe(0);
  });
  it('depends only on the final position (a fast fling equals a slow scroll)', () => {
    const at = (scrollY: number) => activeIndex(tops.map((t) => t - scrollY), 400);
    // A slow scroll to 650 px in 10 px steps, and a fling that overshoots past the last step and comes back.
    const slow = Array.from({ length: 66 }, (_, i) => at(i * 10));
    const fling = [0, 1500, 650].map(at);
    expect(new Set(slow)).toEqual(new Set([0, 1]));
    expect(fling).toEqual([0, 2, 1]);
    expect(slow.at(-1)).toBe(1);
    expect(fling.at(-1)).toBe(slow.at(-1));
    expect(activeIndex(tops.map((t) => t - 650), 400)).toBe(1);
  });
});

describe('scrollTargetY()', () => {
  it('makes the target step the active one', () => {
    const steps = [{ top: 1000, h: 200 }, { top: 1800, h: 900 }, { top: 3200, h: 150 }];
    const trigger = 400;
    steps.forEach((s, i) => {
      const y = scrollTargetY(s.top, s.h, trigger);
      expect(activeIndex(steps.map((t) => t.top - y), trigger)).toBe(i);
    });
  });
  it('never scrolls above the page top', () => {
    expect(scrollTargetY(50, 100, 400)).toBe(0);
  });
  it('lifts a tall step only a little above the line, so the figure above stays in view', () => {
    expect(scrollTargetY(5000, 4000, 400)).toBe(5000 - 280);
    expect(scrollTargetY(5000, 100, 400)).toBe(5000 - 350);
  });
  it("keeps the step's top under the top margin when the line is high", () => {
    expect(scrollTargetY(5000, 4000, 100, 16)).toBe(5000 - 16);
  });
});

describe('stepIndexFromHash()', () => {
  const ids = ['flow-map-border', 'flow-map-corridors'];
  it('finds the step a hash names', () => {
    expect(stepIndexFromHash('#flow-map-corridors', ids)).toBe(1);
  });
  it('ignores empty, foreign and malformed hashes', () => {
    expect(stepIndexFromHash('', ids)).toBe(-1);
    expect(stepIndexFromHash('#notes', ids)).toBe(-1);
    expect(stepIndexFromHash('#%E0%A4%A', ids)).toBe(-1);
  });
});

describe('viewportChanged()', () => {
  const phone = { width: 390, height: 760 };
  it('treats a rotation or zoom (width change) as a change', () => {
    expect(viewportChanged(phone, { width: 844, height: 390 })).toBe(true);
    expect(viewportChanged({ width: 1280, height: 800 }, { width: 640, height: 400 })).toBe(true);
  });
  it('ignores an address bar showing or hiding', () => {
    expect(viewportChanged(phone, { width: 390, height: 844 })).toBe(false);
  });
});

describe('pixelOffset()', () => {
  it('formats whole pixels and rejects what scrollama would choke on', () => {
    expect(pixelOffset(399.6)).toBe('400px');
    expect(() => pixelOffset(Number.NaN)).toThrow(RangeError);
    expect(() => pixelOffset(-1)).toThrow(RangeError);
  });
});
