// Flattening a rendered figure for a share card: the site's stylesheets become plain
// presentation attributes, words become outlines, hidden marks disappear, and nothing that
// needs CSS, fonts or scripts is left for the rasteriser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenSvg } from '../../../src/lib/svg/flatten';
import { mono } from './mono';
const css = ['src/styles/tokens.css', 'src/components/charts/chart.css', 'src/components/map/map.css'].map((f) => readFileSync(f, 'utf8')).join('\n');
const golden = readFileSync('tests/snapshots/charts/traces-narrow.svg', 'utf8');

describe('flattenSvg on a real chart', () => {
  const flat = flattenSvg({ html: `<figure><div class="chart">${golden}</div></figure>`, select: 'svg.chart-svg', css, type: mono });
  it('keeps the viewBox and leaves nothing that needs CSS, fonts or scripts', () => {
    expect(flat.viewBox).toEqual([0, 0, 320, 263.7]);
    expect(flat.body).not.toMatch(/class=|<text|<tspan|var\(|light-dark|color-mix|calc\(|<title|<desc|aria-|data-|role=/);
  });
  it('colours marks with the light theme of the tokens', () => {
    expect(flat.body).toContain('fill="#b5461b"'); // --c-us: the US-sourced part of each bar
    expect(flat.body).toContain('fill="#ccdee2" stroke="#0f6e8c"'); // the total: 20% --c-mx on paper, outlined
    expect(flat.body).toContain('stroke="#d8d2c6"'); // grid lines in --rule
  });
  it('draws the dark theme when asked', () => {
    const dark = flattenSvg({ html: `<div class="chart">${golden}</div>`, select: 'svg.chart-svg', css, type: mono, theme: 'dark' });
    expect(dark.body).toContain('fill="#f2915f"');
    expect(dark.body).not.toContain('fill="#b5461b"');
  });
  it('turns every word of the chart into an outline', () => {
    const words = (golden.match(/<text/g) ?? []).length;
    expect(words).toBeGreaterThan(5);
    expect((flat.body.match(/<path[^>]* d="M[^"]*w\d+"/g) ?? []).length).toBeGreaterThanOrEqual(words);
  });
});

describe('flattenSvg details', () => {
  const draw = (svg: string, select = 'svg') => flattenSvg({ html: `<div class="chart">${svg}</div>`, select, css, type: mono }).body;
  it('drops marks the state hides and keeps those it emphasises, outlined', () => {
    const body = draw('<svg viewBox="0 0 10 10"><rect class="bar bar--part is-off" width="1" height="1"></rect><rect class="bar bar--part is-emph" width="2" height="2"></rect></svg>');
    expect(body).not.toContain('width="1"');
    expect(body).toMatch(/<rect width="2" height="2" fill="#b5461b" stroke="#1c1b19" stroke-width="2">/);
  });
  it('anchors text as the page does, at its weight', () => {
    const body = draw('<svg viewBox="0 0 200 50"><text class="t b" x="100" y="20" text-anchor="end" font-size="10">abcd</text><text class="t" x="100" y="40" text-anchor="middle" font-size="10">ab</text></svg>');
    expect(body).toContain('d="M80 20h20w700"'); // 4 characters of 5 px, ending at x=100, bold
    expect(body).toContain('d="M95 40h10w400"');
  });
  it('sets each line of a multi-line label by its dy, in ems of its size', () => {
    const body = draw('<svg viewBox="0 0 100 100"><text class="t" x="10" y="50" font-size="10"><tspan x="10" dy="-0.5em">one</tspan><tspan x="10" dy="1.2em">two</tspan></text></svg>');
    expect(body).toContain('d="M10 45h15w400"');
    expect(body).toContain('d="M10 57h15w400"');
  });
  it('draws a layout the page hides at this width (the card chooses it)', () => {
    const body = draw('<svg class="chart-svg chart-svg--wide" viewBox="0 0 10 10"><rect class="bar bar--part" width="3" height="3"></rect></svg>', 'svg.chart-svg--wide');
    expect(body).toContain('width="3"');
    expect(body).not.toContain('display');
  });
  it('keeps map patterns, halos and scaled strokes', () => {
    const body = flattenSvg({
      html: '<div class="map"><svg class="map__svg" viewBox="0 0 100 100"><use href="#irm-a-TX" class="map__rule map__rule--check"></use><text class="map__label" x="5" y="5"><tspan x="5" dy="0.35em">Texas</tspan></text></svg></div>',
      select: 'svg.map__svg',
      css: `${css}\n.map .map__svg { --u: 2; }`,
      type: mono,
    }).body;
    expect(body).toContain('href="#irm-a-TX"');
    expect(body).toContain('fill="url(#irm-hatch)" stroke="#1c1b19" stroke-width="2px"');
    expect(body).toContain('<g fill="#1c1b19" stroke="#fbfaf7" stroke-width="6px" stroke-linejoin="round" paint-order="stroke">');
    expect(body).toContain('d="M5 13.75h62.5w400"'); // 25px type (12.5px × 2), moved down 0.35em
  });
  it('names the selector when there is nothing to draw', () => {
    expect(() => draw('<svg viewBox="0 0 1 1"></svg>', 'svg.map__svg')).toThrow('No element matches "svg.map__svg"');
  });
});
