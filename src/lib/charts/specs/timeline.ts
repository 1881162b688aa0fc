// The courts-and-Congress timeline: laws, court rulings, executive actions, rules and
// bilateral steps from the policy-timeline dataset, in date order.
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

/** Reader-facing names of the dataset's categories. */
export const CATEGORY_LABELS: Record<string, string> = {
  law: 'Law',
  court: 'Court',
  executive: 'Executive action',
  enforcement: 'Enforcement',
  bilateral: 'US–Mexico',
  rule: 'ATF rule',
};

/** States: `all` (summary) and one per category, which emphasises that category's events. */
export function timelineStates(categories: string[]): ChartStates {
  return { initial: 'all', names: ['all', ...categories], rules: Object.fromEntries(categories.map((c) => [`cat-${c}`, { emph: [c] }])) };
}

export interface TimelineChart {
  layouts: Record<Variant, TimelineLayout>;
  states: ChartStates;
  desc: string;
}

export function timelineChart(ds: Dataset, keys: TimelineKeys = TIMELINE_KEYS): TimelineChart {
  const events: TimelineEvent[] = ds.rows.map((row) => {
    const date = str(ds, row, keys.date);
    if (!date) throw new Error(`Dataset "${ds.id}" row "${row.id}" has no ${keys.date}`);
    const status = keys.status && ds.fields.some((f) => f.key === keys.status) ? str(ds, row, keys.status) : null;
    return { id: row.id, year: Number(date.slice(0, 4)), dateText: formatDate(date), text: str(ds, row, keys.text) ?? '', category: str(ds, row, keys.category) ?? 'other', status: status ?? undefined };
  });
  const declared = ds.fields.find((f) => f.key === keys.category)?.values;
  const used = [...new Set(events.map((e) => e.category))];
  const categories = (declared ?? used).filter((c) => used.includes(c)).map((c) => ({ key: c, label: CATEGORY_LABELS[c] ?? c }));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutTimeline({ events, categories }, v)])) as Record<Variant, TimelineLayout>;
  const first = events[0];
  const last = events[events.length - 1];
  const desc = first && last ? `A timeline of ${events.length} events from ${first.dateText} (${first.text}) to ${last.dateText} (${last.text}). Each event is marked as one of: ${categories.map((c) => c.label).join(', ')}.` : 'No events.';
  return { layouts, states: timelineStates(categories.map((c) => c.key)), desc };
}
