// Which step is active for a scroll position, where the trigger line sits, where a deep link
// or a button scrolls to: the rules the scrolly island relies on to land on the right picture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activeIndex, pixelOffset, scrollTargetY, STEP_LIFT, stepIndexFromHash, triggerOffset, TRIGGER_SHARE, viewportChanged } from '@lib/scroll/geometry';

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
      const y = scrollTargetY(s.top, trigger);
      expect(activeIndex(steps.map((t) => t.top - y), trigger)).toBe(i);
    });
  });
  it('never scrolls above the page top', () => {
    expect(scrollTargetY(50, 400)).toBe(0);
  });
  it('lifts every step the same little way above the line, so the figure above stays in view', () => {
    expect(scrollTargetY(5000, 400)).toBe(5000 - (400 - STEP_LIFT));
    expect(STEP_LIFT).toBeLessThan(200);
  });
  it("keeps the step's top under the top margin when the line is high", () => {
    expect(scrollTargetY(5000, 100, 16)).toBe(5000 - 16);
  });
});

describe("steps' scroll margin (components/story/Scrolly.astro)", () => {
  // The browser's own jump to a step's #fragment must land where scrollTargetY() puts the step,
  // or a deep-linked step moves when the island arrives: the stylesheet states the same numbers.
  const css = readFileSync('src/components/story/Scrolly.astro', 'utf8');
  const margins = [...css.matchAll(/scrolly__step \{ scroll-margin-top: calc\((\d+)svh - (\d+)px - var\(--header-h\) - 1rem\); \}/g)].map((m) => [Number(m[1]) / 100, Number(m[2])]);
  it('puts the step STEP_LIFT px above the trigger line, wide and then narrow', () => {
    expect(margins).toEqual([[TRIGGER_SHARE.wide, STEP_LIFT], [TRIGGER_SHARE.narrow, STEP_LIFT]]);
  });
  it("switches to the narrow line at the island's breakpoint", () => {
    const island = readFileSync('src/islands/scrolly.ts', 'utf8').match(/const NARROW = '\((max-width: [\d.]+rem)\)'/)?.[1];
    expect(island).toBeTruthy();
    expect(css).toContain(`@media (${island}) {\n    :where(:root[data-js]:not([data-reading='linear'])) .scrolly[role='region'] .scrolly__step { scroll-margin-top`);
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
