// Small text helpers for chart descriptions and annotations, so the words a screen reader
// hears are generated from the same values the chart draws.
import { formatCount, formatShare } from '../format/value';
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/messages';

/** [2012, 2014, 2017, 2018, 2019] → "2012, 2014 and 2017–2019". */
export function listYears(years: number[], locale: Locale = 'en'): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && last[1] === y - 1) last[1] = y;
    else runs.push([y, y]);
  }
  const parts = runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  return parts.length <= 1 ? (parts[0] ?? '') : t(locale)('chart.listAnd', { list: parts.slice(0, -1).join(', '), last: parts[parts.length - 1]! });
}

export const count = (n: number, locale: Locale = 'en'): string => formatCount(n, locale);
export const share = (n: number, locale: Locale = 'en'): string => formatShare(n, locale);
