// A monospace stand-in for the site font in unit tests: every character is half the font size
// wide, and a "glyph path" is a horizontal stroke at the baseline that also records the weight,
// so tests can read position, width and weight back from the path data.
import type { Typesetter } from '../../../src/lib/svg/typesetter';

export const mono: Typesetter = {
  width: (s, size) => s.length * size * 0.5,
  path: (s, x, y, size, weight, spacing = 0) => `M${x} ${y}h${s.length * (size * 0.5 + spacing)}w${weight}`,
};
