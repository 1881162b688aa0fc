// Dates as readers see them ("June 5, 2025": US house style, content/STYLE.md). Kept apart from value.ts (which needs d3-format)
// so the browser can format a date, such as a citation's access date, without that library.

/** Month names, January first (dates and citations share them). */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-06-05" → "June 5, 2025"; "2025-06" → "June 2025"; "2025" → "2025". */
export function formatDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y ?? value;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}
