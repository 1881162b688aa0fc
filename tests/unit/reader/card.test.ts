// Share-card layout: wrapping, fitting the title, clamping the standfirst, and an SVG made
// only of paths (no fonts needed to draw it).
import { describe, expect, it } from 'vitest';
import { CARD, cardSvg, clampLines, fitTitle, wrap, type Typesetter } from '../../../src/lib/reader/card';

/** A monospace stand-in: every character is half the font size wide. */
const mono: Typesetter = {
  width: (s, size) => s.length * size * 0.5,
  path: (s, x, y, size) => (s ? `M${x} ${y}h${s.length * size * 0.5}` : ''),
};
const measure = (s: string) => s.length * 10;

describe('wrap', () => {
  it('breaks between words at the width', () => {
    expect(wrap('aaa bbb ccc ddd', 75, measure)).toEqual(['aaa bbb', 'ccc ddd']);
  });
  it('never drops a word longer than the line', () => {
    expect(wrap('a verylongwordindeed b', 50, measure)).toEqual(['a', 'verylongwordindeed', 'b']);
  });
});

describe('clampLines', () => {
  it('keeps short text untouched and ends cut text with an ellipsis that fits', () => {
    expect(clampLines(['one', 'two'], 3, 100, measure)).toEqual(['one', 'two']);
    const cut = clampLines(['aaa bbb', 'ccc ddd', 'eee'], 2, 75, measure);
    expect(cut).toEqual(['aaa bbb', 'ccc…']);
  });
});

describe('fitTitle', () => {
  it('uses the largest size at which the title fits the lines allowed', () => {
    const t = fitTitle('word '.repeat(12).trim(), 1000, 2, [80, 60, 40], (s, size) => s.length * size * 0.5);
    expect(t.size).toBe(60);
    expect(t.lines.length).toBeLessThanOrEqual(2);
  });
});

describe('cardSvg', () => {
  const svg = cardSvg({ kicker: 'Iron River · Chapter 1 of 6', title: 'The flow', dek: 'A standfirst. '.repeat(30), footer: 'iron-river.org' }, mono);
  it('is 1200x630 and made of paths only', () => {
    expect(svg).toContain(`width="${CARD.width}" height="${CARD.height}"`);
    expect(svg).not.toMatch(/<text|<image|href=/);
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(4);
  });
  it('keeps every drawing inside the card', () => {
    const ys = [...svg.matchAll(/d="M[\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys)).toBeLessThan(CARD.height);
  });
});
