// Share-card layout: wrapping, fitting the title, clamping the standfirst, and an SVG made
// only of paths (no fonts needed to draw it).
import { describe, expect, it } from 'vitest';
import { CARD, GRAPHIC_BOX, cardSvg, fitTitle, graphicPanel, graphicScale } from '../../../src/lib/reader/card';
import { cardAlt } from '../../../src/lib/reader/figures';
import { clampLines, wrap } from '../../../src/lib/svg/text';
import { mono } from '../svg/mono';
import { sitePalette } from '../svg/drawn';

const colours = sitePalette();

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
  const svg = cardSvg({ kicker: 'Iron River · Chapter 1 of 6', title: 'The flow', dek: 'A standfirst. '.repeat(30), footer: 'iron-river.org' }, mono, colours);
  it('is 1200x630 and made of paths only', () => {
    expect(svg).toContain(`width="${CARD.width}" height="${CARD.height}"`);
    expect(svg).not.toMatch(/<text|<image|href=/);
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(4);
  });
  it('keeps every drawing inside the card', () => {
    const ys = [...svg.matchAll(/d="M[\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys.length, 'path starts found').toBeGreaterThan(0);
    expect(Math.max(...ys)).toBeLessThan(CARD.height);
  });
});

describe('a card with its key graphic', () => {
  const drawing = { viewBox: [0, 0, 320, 260] as [number, number, number, number], body: '<rect class-free="yes" width="320" height="260" fill="#b5461b"/>' };
  const content = { kicker: 'Iron River · Chapter 2 of 6', title: 'The pipeline: how US guns reach Mexico', dek: 'Unused when a graphic is given.', footer: 'iron-river.org', graphic: { kind: 'Chart', title: 'Unlicensed dealers and straw buyers each figured in about two in five cases', drawing } };
  const svg = cardSvg(content, mono, colours);
  it('draws the graphic itself, not only its title', () => {
    expect(svg).toContain(drawing.body);
    expect(svg).toMatch(/<svg x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" viewBox="0 0 320 260"/);
  });
  it('fits the drawing inside the card, keeping its proportions', () => {
    const m = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox/.exec(graphicPanel(drawing, colours))!;
    const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
    expect(x + w).toBeLessThanOrEqual(CARD.width);
    expect(y + h).toBeLessThanOrEqual(CARD.height);
    expect(w / h).toBeCloseTo(320 / 260, 2);
    expect(graphicScale(drawing.viewBox)).toBeCloseTo(Math.min(GRAPHIC_BOX.width / 320, GRAPHIC_BOX.height / 260));
  });
  it('keeps the text in the column left of the graphic', () => {
    const xs = [...svg.matchAll(/<path fill="[^"]+" d="M([\d.]+) [\d.]+h([\d.]+)/g)].map((m) => Number(m[1]) + Number(m[2]));
    expect(xs.length, 'text paths found').toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(600);
  });
});

describe('card colours', () => {
  it('are drawn on the card (their values: tests/unit/svg/tokens.test.ts)', () => {
    const svg = cardSvg({ kicker: 'K', title: 'T', footer: 'F' }, mono, colours);
    for (const c of [colours.paper, colours.accent, colours.ink, colours.rule]) expect(svg).toContain(`fill="${c}"`);
  });
});

describe('card alt text', () => {
  const figure = { id: 'source-map', chapter: 'the-pipeline', component: 'BorderMap', props: {}, title: 'Texas leads', steps: [] };
  it('names the graphic kind in the edition of the card, then its takeaway', () => {
    expect(cardAlt('Iron River, chapter 3', figure)).toBe('Iron River, chapter 3. Map: Texas leads');
    expect(cardAlt('Iron River, capítulo 3', { ...figure, component: 'ChartFigure' }, '', 'es')).toBe('Iron River, capítulo 3. Gráfica: Texas leads');
    expect(cardAlt('Iron River', undefined, 'A standfirst.', 'es')).toBe('Iron River. A standfirst.');
  });
});
