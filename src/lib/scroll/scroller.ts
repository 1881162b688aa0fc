// The only module that imports scrollama (client only: scrollama touches window and document).
// Narrows its API to what the scrolly island needs, validates options up front, and exposes
// destroy(). One scroller per scrolly block; the offset is moved in place, never re-set up.
import scrollama from 'scrollama';
import { pixelOffset } from './geometry';

export interface StepChange {
  index: number;
  direction: 'up' | 'down';
  kind: 'enter' | 'exit';
}

export interface ScrollerOptions {
  steps: readonly HTMLElement[];
  /** Trigger line in pixels from the top of the viewport. */
  offsetPx: number;
  onChange: (change: StepChange) => void;
}

export interface Scroller {
  /** Moves the trigger line (after a rotation or resize). */
  setOffset(px: number): void;
  destroy(): void;
}

/**
 * Scrollama's runtime, as opposed to its index.d.ts: the offset accepts "123px" strings and the
 * method that moves it is `offset`, not the documented `offsetTrigger` (scrollama 3.2.0 src/entry.js).
 */
interface ScrollamaRuntime {
  setup(options: { step: HTMLElement[]; offset: string }): ScrollamaRuntime;
  onStepEnter(cb: (r: { index: number; direction: 'up' | 'down' }) => void): ScrollamaRuntime;
  onStepExit(cb: (r: { index: number; direction: 'up' | 'down' }) => void): ScrollamaRuntime;
  offset(value: string): ScrollamaRuntime;
  destroy(): void;
}

export function createScroller({ steps, offsetPx, onChange }: ScrollerOptions): Scroller {
  if (steps.length === 0) throw new RangeError('a scroller needs at least one step element');
  const instance = scrollama() as unknown as ScrollamaRuntime;
  // Scrollama adds a document scroll listener on every setup() that destroy() never removes,
  // so each scrolly calls setup() exactly once.
  instance
    .setup({ step: [...steps], offset: pixelOffset(offsetPx) })
    .onStepEnter(({ index, direction }) => onChange({ index, direction, kind: 'enter' }))
    .onStepExit(({ index, direction }) => onChange({ index, direction, kind: 'exit' }));
  return {
    setOffset(px) {
      instance.offset(pixelOffset(px));
    },
    destroy() {
      instance.destroy();
    },
  };
}
