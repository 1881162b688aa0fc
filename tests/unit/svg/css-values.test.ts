// CSS value evaluation for build-time drawings: custom properties, light-dark(), color-mix()
// and calc() reduce to plain values; anything we cannot evaluate fails loudly.
import { describe, expect, it } from 'vitest';
import { evaluate, substituteVars, toPx } from '../../../src/lib/svg/css-values';

const vars = new Map([
  ['--paper', 'light-dark(#fbfaf7, #15161a)'],
  ['--c-mx', 'light-dark(#0f6e8c, #6cc3de)'],
  ['--mix', 'color-mix(in srgb, var(--c-mx) 20%, var(--paper))'],
  ['--cat', 'var(--c-mx)'],
  ['--u', '1.6'],
]);
const lookup = (name: string) => vars.get(name);

describe('evaluate', () => {
  it('resolves custom properties through each other, with fallbacks', () => {
    expect(substituteVars('var(--cat)', lookup)).toBe('light-dark(#0f6e8c, #6cc3de)');
    expect(evaluate('var(--missing, 2px)', lookup)).toBe('2px');
  });
  it('picks the theme from light-dark()', () => {
    expect(evaluate('var(--paper)', lookup, 'light')).toBe('#fbfaf7');
    expect(evaluate('var(--paper)', lookup, 'dark')).toBe('#15161a');
  });
  it('mixes colours in sRGB by the stated percentages', () => {
    // 20% of #0f6e8c and 80% of #fbfaf7, per channel: r 0.2*15+0.8*251 = 203.8 → cc.
    expect(evaluate('var(--mix)', lookup)).toBe('#ccdee2');
    expect(evaluate('color-mix(in srgb, #000000, #ffffff)', lookup)).toBe('#808080');
  });
  it('computes calc() with one unit, respecting precedence and parentheses', () => {
    expect(evaluate('calc(0.6px * var(--u))', lookup)).toBe('0.96px');
    expect(evaluate('calc(1px + 2px * 3)', lookup)).toBe('7px');
    expect(evaluate('calc((1 + 2) * 3)', lookup)).toBe('9');
  });
  it('refuses what it cannot evaluate instead of guessing', () => {
    expect(() => evaluate('var(--nowhere)', lookup)).toThrow('Undefined custom property --nowhere');
    expect(() => evaluate('calc(1px + 1em)', lookup)).toThrow('mixes units');
    expect(() => evaluate('color-mix(in oklch, red, blue)', lookup)).toThrow('Only color-mix(in srgb');
  });
});

describe('toPx', () => {
  it('reads px, unitless and em lengths', () => {
    expect(toPx('3px', 12)).toBe(3);
    expect(toPx('2', 12)).toBe(2);
    expect(toPx('0.5em', 12)).toBe(6);
    expect(() => toPx('auto', 12)).toThrow('Not a length');
  });
});
