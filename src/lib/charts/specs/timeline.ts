// The courts-and-Congress timeline: laws, court rulings, executive actions, rules and
// bilateral steps from the policy-timeline dataset, in date order.
import type { Locale } from '../../i18n/locales';
import { branch, t } from '../../i18n/messages';
import type { Dataset } from '../../../schemas/dataset';
import { formatDate } from '../../format/value';
import { str } from '../data';
import { VARIANTS, type Variant } from '../scales';
import type { ChartStates } from '../states';
import { layoutTimeline, type TimelineEvent, type TimelineLayout } from '../timeline';

export interface TimelineKeys {
  date: string;
  text: string;
  category: string;
  status?: string;
}
export const TIMELINE_KEYS: TimelineKeys = { date: 'date', text: 'event', category: 'category', status: 'status' };

/** Reader-facing names of the dataset's categories (catalog `chart.timeline.categories`). */
export const categoryLabels = (locale: Locale = 'en'): Record<string, string> => branch(locale, 'chart.timeline.categories') as Record<string, string>;

/** States: `all` (summary) and one per category, which emphasises that category's events. */
export function timelineStates(categories: string[]): ChartStates {
  return { initial: 'all', names: ['all', ...categories], rules: Object.fromEntries(categories.map((c) => [`cat-${c}`, { emph: [c] }])) };
}

export interface TimelineChart {
  layouts: Record<Variant, TimelineLayout>;
  states: ChartStates;
  desc: string;
}

export function timelineChart(ds: Dataset, keys: TimelineKeys = TIMELINE_KEYS, locale: Locale = 'en'): TimelineChart {
  const tr = t(locale);
  const labels = categoryLabels(locale);
  const events: TimelineEvent[] = ds.rows.map((row) => {
    const date = str(ds, row, keys.date);
    if (!date) throw new Error(`Dataset "${ds.id}" row "${row.id}" has no ${keys.date}`);
    const status = keys.status && ds.fields.some((f) => f.key === keys.status) ? str(ds, row, keys.status) : null;
    return { id: row.id, year: Number(date.slice(0, 4)), dateText: formatDate(date, locale), text: str(ds, row, keys.text) ?? '', category: str(ds, row, keys.category) ?? 'other', status: status ?? undefined };
  });
  const declared = ds.fields.find((f) => f.key === keys.category)?.values;
  const used = [...new Set(events.map((e) => e.category))];
  const categories = (declared ?? used).filter((c) => used.includes(c)).map((c) => ({ key: c, label: labels[c] ?? c }));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutTimeline({ events, categories, locale }, v)])) as Record<Variant, TimelineLayout>;
  const first = events[0];
  const last = events[events.length - 1];
  const desc = first && last ? tr('chart.timeline.desc', { n: events.length, firstDate: first.dateText, first: first.text, lastDate: last.dateText, last: last.text, categories: categories.map((c) => c.label).join(', ') }) : tr('chart.timeline.none');
  return { layouts, states: timelineStates(categories.map((c) => c.key)), desc };
}
