// Theme and reading-mode preference rules.
import { describe, expect, it } from 'vitest';
import { effectiveTheme, isLinear, parseTheme, toggledTheme } from '../../../src/lib/reader/prefs';

describe('theme preference', () => {
  it('accepts only light or dark', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('sepia')).toBeNull();
    expect(parseTheme(null)).toBeNull();
  });
  it('follows the system unless the reader chose', () => {
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme(null, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
  });
  it('stores a choice only when it differs from the system', () => {
    expect(toggledTheme('light', false)).toBe('dark');
    expect(toggledTheme('dark', false)).toBeNull();
    expect(toggledTheme('dark', true)).toBe('light');
    expect(toggledTheme('light', true)).toBeNull();
  });
});

describe('reading mode', () => {
  it('is linear only for the stored value "linear"', () => {
    expect(isLinear('linear')).toBe(true);
    expect(isLinear('scroll')).toBe(false);
    expect(isLinear(null)).toBe(false);
  });
});
