// Turns a dataset value into the text a reader sees, from the field's declared type, so
// prose (<Fact>), tables and charts print the same number the same way.
import { format as d3format } from 'd3-format';
import type { Field } from '../../schemas/dataset';

import { formatDate } from './date';

export { formatDate };

/** 67.13 → "67.13%", 70 → "70%": shares keep the precision the source published. */
export function formatShare(value: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value)}%`;
}

export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value);
}

/**
 * Formats one cell for display. `specifier` (d3-format) overrides the type's default.
 * @example formatValue(99691, { type: 'count' }) // "99,691"
 */
export function formatValue(value: unknown, field: Pick<Field, 'type' | 'unit'> & { labels?: Field['labels'] }, specifier?: string): string {
  if (value === null || value === undefined) return 'no data';
  // A share keeps its % when an author rounds it in prose (format=".0f" → "72%").
  if (specifier && typeof value === 'number') return `${d3format(specifier)(value)}${field.type === 'share' ? '%' : ''}`;
  switch (field.type) {
    case 'count':
      return formatCount(value as number);
    case 'share':
      return formatShare(value as number);
    case 'number':
      return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value as number);
    case 'date':
      return formatDate(String(value));
    case 'category':
      return field.labels?.[String(value)] ?? String(value);
    default:
      return String(value);
  }
}

/** A value with its unit for text alternatives: "99,691 firearms", "16.87 per 100,000 people". */
export function formatWithUnit(value: unknown, field: Pick<Field, 'type' | 'unit'>): string {
  const text = formatValue(value, field);
  return field.unit && field.type !== 'share' && value !== null && value !== undefined ? `${text} ${field.unit}` : text;
}
