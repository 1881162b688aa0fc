// Pure geometry of scroll steps, shared by the scrolly island and its unit tests: where the
// trigger line sits, which step is active for a scroll position, where to scroll for a step.
// No DOM access here, so every rule that decides "which picture" is tested in Node.

export interface Viewport {
  width: number;
  height: number;
}

/** Trigger line as a share of the viewport height: mid-screen beside a sticky figure, lower on phones where the text overlays the figure. */
export const TRIGGER_SHARE = { wide: 0.5, narrow: 0.75 } as const;

/**
 * Pixel distance of the trigger line from the top of the viewport. Pixels, not a share, so that
 * a phone's collapsing address bar (which changes the viewport height) does not move the line.
 */
export function triggerOffset(viewport: Viewport, narrow: boolean): number {
  if (!(viewport.height > 0)) throw new RangeError(`viewport height must be positive, got ${viewport.height}`);
  return Math.round(viewport.height * (narrow ? TRIGGER_SHARE.narrow : TRIGGER_SHARE.wide));
}

/**
 * The active step: the last one whose top edge has crossed the trigger line, or -1 before the
 * first step. Gaps between steps keep the previous step active, so the answer depends only on
 * the scroll position, never on the path taken to reach it (a fast fling lands on the same state).
 * @param tops step tops relative to the viewport, in reading order
 */
export function activeIndex(tops: readonly number[], trigger: number): number {
  let active = -1;
  tops.forEach((top, i) => {
    if (top <= trigger) active = i;
  });
  return active;
}

/** How far above the trigger line a step's top is put when it is scrolled to (px). */
export const STEP_LIFT = 120;

/**
 * Document scroll position that makes a step active and readable: its top sits `lift` px above
 * the trigger line, so on phones the figure above stays in view. The same for every step, so the
 * stylesheet can give steps the scroll margin that makes the browser's own jump to a step's
 * #fragment land exactly here (components/story/Scrolly.astro): a deep-linked step does not move
 * when the island arrives.
 * @param stepTop the step's top in document coordinates
 */
export function scrollTargetY(stepTop: number, trigger: number, margin = 16, lift = STEP_LIFT): number {
  const topInViewport = Math.max(Math.min(margin, trigger), trigger - lift);
  return Math.max(0, Math.round(stepTop - topInViewport));
}

/** The step a URL hash points at (`#flow-map-corridors` → its index), or -1. */
export function stepIndexFromHash(hash: string, elementIds: readonly string[]): number {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    return -1;
  }
  return id ? elementIds.indexOf(id) : -1;
}

/**
 * Whether a viewport change must move the trigger line: a width change (rotation, zoom, window
 * resize) or a height change beyond `tolerance` (not a phone's address bar showing or hiding).
 */
export function viewportChanged(before: Viewport, after: Viewport, tolerance = 0.25): boolean {
  if (before.width !== after.width) return true;
  return Math.abs(after.height - before.height) > before.height * tolerance;
}

/** Scrollama's pixel offset string, validated here because scrollama 3.2 fails on bad input with a ReferenceError. */
export function pixelOffset(px: number): `${number}px` {
  if (!Number.isFinite(px) || px < 0) throw new RangeError(`trigger offset must be a non-negative number of pixels, got ${px}`);
  return `${Math.round(px)}px`;
}
