// Turns a dataset value into the text a reader sees, from the field's declared type, so
// prose (<Fact>), tables and charts print the same number the same way.
// Every function takes the edition's locale (Intl and d3-format's formatLocale), defaulting to English.
import { formatLocale, type FormatLocaleObject } from 'd3-format';
import type { Field } from '../../schemas/dataset';
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../i18n/locales';
import { t } from '../i18n/messages';
import { formatDate } from './date';

export { formatDate };

/** d3-format locales, from Intl's own separators for each edition. */
const d3Locales = new Map<Locale, FormatLocaleObject>();
function d3Locale(locale: Locale): FormatLocaleObject {
  let l = d3Locales.get(locale);
  if (!l) {
    const parts = new Intl.NumberFormat(LOCALE_INFO[locale].intl).formatToParts(12345.6);
    const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
    l = formatLocale({ decimal: part('decimal', '.'), thousands: part('group', ','), grouping: [3], currency: ['$', ''] });
    d3Locales.set(locale, l);
  }
  return l;
}
const number = (locale: Locale, digits: number) => new Intl.NumberFormat(LOCALE_INFO[locale].intl, { maximumFractionDigits: digits });

/** 67.13 → "67.13%", 70 → "70%": shares keep the precision the source published. */
export function formatShare(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return `${number(locale, 2).format(value)}%`;
}

export function formatCount(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return number(locale, 0).format(value);
}

/**
 * Formats one cell for display. `specifier` (d3-format) overrides the type's default.
 * @example formatValue(99691, { type: 'count' }) // "99,691"
 */
export function formatValue(value: unknown, field: Pick<Field, 'type' | 'unit'> & { labels?: Field['labels'] }, specifier?: string, locale: Locale = DEFAULT_LOCALE): string {
  if (value === null || value === undefined) return t(locale)('data.noData');
  // A share keeps its % when an author rounds it in prose (format=".0f" → "72%").
  if (specifier && typeof value === 'number') return `${d3Locale(locale).format(specifier)(value)}${field.type === 'share' ? '%' : ''}`;
  switch (field.type) {
    case 'count':
      return formatCount(value as number, locale);
    case 'share':
      return formatShare(value as number, locale);
    case 'number':
      return number(locale, 2).format(value as number);
    case 'date':
      return formatDate(String(value), locale);
    case 'category':
      return field.labels?.[String(value)] ?? String(value);
    default:
      return String(value);
  }
}

/** A value with its unit for text alternatives: "99,691 firearms", "16.87 per 100,000 people". */
export function formatWithUnit(value: unknown, field: Pick<Field, 'type' | 'unit'>, locale: Locale = DEFAULT_LOCALE): string {
  const text = formatValue(value, field, undefined, locale);
  return field.unit && field.type !== 'share' && value !== null && value !== undefined ? `${text} ${field.unit}` : text;
}
