// Reading position maths and the stored "resume" record.
import { describe, expect, it } from 'vitest';
import { currentAnchor, latestResumable, parsePlace, placeKey, readingFraction, resumable, type Place } from '../../../src/lib/reader/place';

describe('readingFraction(scrollY, viewport, start, end)', () => {
  it('is 0 before the text reaches the top and 1 once its end is in view', () => {
    expect(readingFraction(0, 800, 400, 5400)).toBe(0);
    expect(readingFraction(400, 800, 400, 5400)).toBe(0);
    expect(readingFraction(4600, 800, 400, 5400)).toBe(1);
    expect(readingFraction(9000, 800, 400, 5400)).toBe(1);
  });
  it('grows linearly in between', () => {
    expect(readingFraction(2500, 800, 400, 5400)).toBeCloseTo(0.5, 5);
  });
  it('handles a text shorter than the viewport', () => {
    expect(readingFraction(0, 800, 100, 600)).toBe(1);
    expect(readingFraction(0, 800, 500, 1200)).toBe(0);
  });
});

describe('currentAnchor(anchors, line)', () => {
  const anchors = [
    { id: 'a', top: -900 },
    { id: 'b', top: -10 },
    { id: 'c', top: 300 },
  ];
  it('is the last anchor above the reading line', () => {
    expect(currentAnchor(anchors, 200)?.id).toBe('b');
    expect(currentAnchor(anchors, 300)?.id).toBe('c');
  });
  it('is null before the first anchor', () => {
    expect(currentAnchor(anchors.map((a) => ({ ...a, top: a.top + 2000 })), 200)).toBeNull();
    expect(currentAnchor([], 200)).toBeNull();
  });
});

describe('parsePlace(raw)', () => {
  const good: Place = { anchor: 'the-army-store', label: 'The army store', fraction: 0.4, at: 1 };
  it('reads a stored record back', () => {
    expect(parsePlace(JSON.stringify(good))).toEqual(good);
  });
  it('rejects malformed or hostile records', () => {
    expect(parsePlace(null)).toBeNull();
    expect(parsePlace('not json')).toBeNull();
    expect(parsePlace(JSON.stringify({ ...good, anchor: 'x"><img' }))).toBeNull();
    expect(parsePlace(JSON.stringify({ ...good, fraction: '0.4' }))).toBeNull();
  });
  it('accepts the accented ids Astro gives headings', () => {
    expect(parsePlace(JSON.stringify({ ...good, anchor: 'a-saturday-in-villa-unión' }))?.anchor).toBe('a-saturday-in-villa-unión');
  });
  it('clamps the fraction', () => {
    expect(parsePlace(JSON.stringify({ ...good, fraction: 7 }))?.fraction).toBe(1);
  });
  it('keys places by chapter slug', () => {
    expect(placeKey('the-flow')).toBe('iron-river:place:the-flow');
  });
});

describe('resumable / latestResumable', () => {
  const at = (fraction: number, t: number): Place => ({ anchor: 'x', label: 'X', fraction, at: t });
  it('offers neither a barely started nor a finished chapter', () => {
    expect(resumable(at(0.01, 1))).toBeNull();
    expect(resumable(at(0.99, 1))).toBeNull();
    expect(resumable(at(0.5, 1))).not.toBeNull();
  });
  it('picks the most recent unfinished chapter', () => {
    expect(latestResumable([['a', at(0.5, 10)], ['b', at(0.3, 20)], ['c', at(1, 30)], ['d', null]])?.[0]).toBe('b');
    expect(latestResumable([['c', at(1, 30)]])).toBeNull();
  });
});
