// Dates as readers see them, per edition: "June 5, 2025" in English (US house style,
// content/STYLE.md), "5 de junio de 2025" in Spanish. Kept apart from value.ts (which needs
// d3-format) so the browser can format a date, such as a citation's access date, without it.
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales';

const formatter = (locale: Locale, parts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { ...parts, timeZone: 'UTC' });

/** Month names of an edition, January first (dates and citations share them). */
export const monthNames = (locale: Locale = DEFAULT_LOCALE): string[] => Array.from({ length: 12 }, (_, m) => formatter(locale, { month: 'long' }).format(Date.UTC(2000, m, 1)));

/** "2025-06-05" → "June 5, 2025" / "5 de junio de 2025"; "2025-06" → "June 2025" / "junio de 2025"; "2025" → "2025". */
export function formatDate(value: string, locale: Locale = DEFAULT_LOCALE): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!m || !y) return value.split('-')[0] ?? value;
  const date = Date.UTC(y, m - 1, d || 1);
  return d ? formatter(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date) : formatter(locale, { year: 'numeric', month: 'long' }).format(date);
}

/** English month names (citation styles that are defined in English use them). */
export const MONTHS = monthNames('en');
