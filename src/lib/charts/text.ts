// Build-time text measurement for chart labels. Layouts need label boxes before any browser
// exists, so widths come from a per-character table for Source Sans 3, rounded up on purpose.

/** Advance widths in em, slightly above Source Sans 3's real metrics so boxes never undershoot. */
const NARROW = new Set([...'iljtfrI.,:;\'!|()[]']);
const WIDE = new Set([...'mwMW%@']);
const DIGITS = new Set([...'0123456789']);

function charWidth(ch: string): number {
  if (ch === ' ') return 0.24;
  if (DIGITS.has(ch)) return 0.53;
  if (NARROW.has(ch)) return 0.32;
  if (WIDE.has(ch)) return 0.86;
  if (ch === '–' || ch === '—') return ch === '—' ? 0.9 : 0.56;
  if (ch >= 'A' && ch <= 'Z') return 0.62;
  return 0.55;
}

/** Estimated rendered width in px of `text` at `size` px; bold adds 6%. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * size * (bold ? 1.06 : 1);
}

/**
 * Greedy word wrap to `maxWidth` px. A single word longer than the line stays whole
 * (labels are short; breaking inside a word would hurt more than a slight overflow).
 * @example wrapText('Straw purchasers', 60, 14) // ['Straw', 'purchasers']
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
