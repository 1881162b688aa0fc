// Card colours: the token reader takes the light value of our own stylesheets' tokens (plain
// hex, light-dark(), var() of another token) and fails loudly on anything else; the role table
// names the token each role has on the page (chart.css, map.css), so cards keep the site's colours.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_TOKENS, categoryColour, mix } from '../../../src/lib/svg/palette';
import { readTokens } from '../../../src/lib/svg/tokens';
import { sitePalette } from './drawn';

describe('readTokens', () => {
  const css = `:root { --a: #ABCDEF; --b: light-dark(#111111, #eeeeee); /* --c: #000; */ }\n.x { --c: var(--b); --u: 1; --u: 2; --w: 12px; }`;
  const token = readTokens(css);
  it('reads plain hex, the light value of light-dark(), and tokens that name other tokens', () => {
    expect(token('--a')).toBe('#abcdef');
    expect(token('--b')).toBe('#111111');
    expect(token('--c')).toBe('#111111');
  });
  it('fails on a missing token, a token with two values, and a value that is not a hex colour', () => {
    expect(() => token('--missing')).toThrow(/not declared/);
    expect(() => token('--u')).toThrow(/more than one value/);
    expect(() => token('--w')).toThrow(/not a hex colour/);
  });
});

describe('the site palette', () => {
  const p = sitePalette();
  it('is the light theme of tokens.css and map.css', () => {
    expect({ paper: p.paper, raised: p.raised, ink: p.ink, muted: p.muted, accent: p.accent, rule: p.rule }).toEqual({
      paper: '#fbfaf7', raised: '#ffffff', ink: '#1c1b19', muted: '#57534b', accent: '#a3361c', rule: '#d8d2c6',
    });
    expect([p.landUs, p.landMx, p.context, p.bin4, p.us, p.mx]).toEqual(['#ece6da', '#e2e8e6', '#f1efea', '#7e330c', '#b5461b', '#0f6e8c']);
  });
  it('mixes colours as color-mix(in srgb) does', () => {
    // 20% of #0f6e8c and 80% of #fbfaf7, per channel: r 0.2*15+0.8*251 = 203.8 → cc.
    expect(mix('#0f6e8c', 20, '#fbfaf7')).toBe('#ccdee2');
    expect(mix('#000000', 50, '#ffffff')).toBe('#808080');
  });
  it('colours a mark by its category class, else in the range colour', () => {
    expect(categoryColour('range-row cat-3', p)).toBe(p.cat3);
    expect(categoryColour('hbar-row', p)).toBe(p.range);
  });
});

/** The value a stylesheet gives `prop` in the rule whose selector list is exactly `selector`. */
function declared(css: string, selector: string, prop: string): string | undefined {
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (m[1]!.trim() !== selector) continue;
    const value = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`).exec(m[2]!)?.[1];
    if (value) return value.trim();
  }
  return undefined;
}

describe('the role table', () => {
  const chartCss = readFileSync('src/components/charts/chart.css', 'utf8');
  const mapCss = readFileSync('src/components/map/map.css', 'utf8');
  const v = (token: string) => `var(${token})`;
  it('names the token chart.css gives each chart role', () => {
    expect(declared(chartCss, '.chart', '--mark-part')).toBe(v(ROLE_TOKENS.part));
    expect(declared(chartCss, '.chart', '--mark-total-line')).toBe(v(ROLE_TOKENS.total));
    expect(declared(chartCss, '.chart', '--mark-line')).toBe(v(ROLE_TOKENS.line));
    expect(declared(chartCss, '.chart', '--mark-range')).toBe(v(ROLE_TOKENS.range));
    expect(declared(chartCss, '.chart', '--mark-total-fill')).toBe(`color-mix(in srgb, ${v(ROLE_TOKENS.total)} 20%, ${v(ROLE_TOKENS.paper)})`);
    for (const n of [1, 2, 3, 4, 5, 6] as const) expect(chartCss).toContain(`.chart .cat-${n} { --cat: ${v(ROLE_TOKENS[`cat${n}`])}; }`);
  });
  it('names the token map.css gives each map role', () => {
    expect(declared(mapCss, '.map__ctx', 'fill')).toBe(v(ROLE_TOKENS.context));
    expect(declared(mapCss, '.map__land--us', 'fill')).toBe(v(ROLE_TOKENS.landUs));
    expect(declared(mapCss, '.map__land--mx', 'fill')).toBe(v(ROLE_TOKENS.landMx));
    for (const n of [1, 2, 3, 4] as const) expect(declared(mapCss, `.map__bin--${n}`, 'fill')).toBe(v(ROLE_TOKENS[`bin${n}`]));
    expect(declared(mapCss, '.map__flow-line', 'stroke')).toBe(v(ROLE_TOKENS.us));
    expect(declared(mapCss, '.map__hatch-line', 'fill')).toBe(v(ROLE_TOKENS.mx));
    expect(declared(mapCss, '.map__crossing', 'stroke')).toBe(v(ROLE_TOKENS.accent));
  });
});
