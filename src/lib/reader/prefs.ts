// Reader preferences kept in localStorage: colour theme and linear reading mode. Pure rules
// shared by the no-flash head script's contract and the toggles.

export const THEME_KEY = 'iron-river:theme';
export const READING_KEY = 'iron-river:reading';
export type Theme = 'light' | 'dark';

/** A stored theme, if it is a valid one. */
export function parseTheme(value: string | null | undefined): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/** The theme on screen: the reader's choice, else the system's. */
export function effectiveTheme(stored: Theme | null, systemDark: boolean): Theme {
  return stored ?? (systemDark ? 'dark' : 'light');
}

/**
 * What to store after the reader flips the theme: the opposite of what is on screen, or
 * nothing when that opposite is what the system asks for (so the page follows the system again).
 */
export function toggledTheme(current: Theme, systemDark: boolean): Theme | null {
  const next: Theme = current === 'dark' ? 'light' : 'dark';
  return next === (systemDark ? 'dark' : 'light') ? null : next;
}

/** Linear mode is on only for the exact stored value. */
export const isLinear = (value: string | null | undefined): boolean => value === 'linear';
