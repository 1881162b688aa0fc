// Reading position: how far through a chapter the reader is and which section or step they
// are in, and the small record kept in localStorage to offer "resume". Pure, no DOM.

/** What is remembered per chapter, in this browser only. */
export interface Place {
  /** id of the last section heading or scroll step the reader passed. */
  anchor: string;
  /** Its visible label, to say where "resume" leads. */
  label: string;
  /** 0-1: share of the chapter text scrolled past. */
  fraction: number;
  /** When it was saved (ms since epoch). */
  at: number;
}

export const PLACE_PREFIX = 'iron-river:place:';
export const placeKey = (slug: string): string => `${PLACE_PREFIX}${slug}`;

/** Offer to resume only between these fractions: not at the very start, not once finished. */
export const RESUME_MIN = 0.04;
export const RESUME_MAX = 0.96;

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * Share of a text block read, from scroll position and the block's extent in document
 * coordinates: 0 while its top is below the top of the viewport, 1 once its end is in view.
 */
export function readingFraction(scrollY: number, viewport: number, start: number, end: number): number {
  const span = end - start - viewport;
  if (span <= 0) return scrollY + viewport >= end ? 1 : 0;
  return clamp01((scrollY - start) / span);
}

/**
 * The anchor the reader is in: the last one whose top (relative to the viewport) is above
 * the reading line. Anchors are in document order. null before the first.
 */
export function currentAnchor<T extends { top: number }>(anchors: readonly T[], line: number): T | null {
  let current: T | null = null;
  for (const a of anchors) {
    if (a.top <= line) current = a;
    else break;
  }
  return current;
}

/** Parses a stored record; anything malformed (edited by hand, older format) is ignored. */
export function parsePlace(raw: string | null | undefined): Place | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<Place>;
    if (typeof v.anchor !== 'string' || !/^[\p{L}\p{N}_-]+$/u.test(v.anchor)) return null;
    if (typeof v.label !== 'string' || typeof v.fraction !== 'number' || typeof v.at !== 'number') return null;
    return { anchor: v.anchor, label: v.label.slice(0, 200), fraction: clamp01(v.fraction), at: v.at };
  } catch {
    return null;
  }
}

/** The place worth offering to resume, or null (nothing saved, barely started or finished). */
export function resumable(place: Place | null): Place | null {
  if (!place) return null;
  return place.fraction >= RESUME_MIN && place.fraction <= RESUME_MAX ? place : null;
}

/** The most recently saved unfinished place among several chapters. */
export function latestResumable<K>(places: readonly (readonly [K, Place | null])[]): [K, Place] | null {
  let best: [K, Place] | null = null;
  for (const [key, p] of places) {
    const r = resumable(p);
    if (r && (!best || r.at > best[1].at)) best = [key, r];
  }
  return best;
}
