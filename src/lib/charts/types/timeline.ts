// Chart type `timeline`: dated events in date order, each marked with its category (e.g.
// laws, court rulings, executive actions); categories in the order the field declares them.
// Roles: date, text, category; optional status. Texts: categories {value: label},
// desc {n} {firstDate} {first} {lastDate} {last} {categories}, none. Marks: cat-<category>.
import type { Dataset } from '../../../schemas/dataset';
import { formatDate } from '../../format/value';
import { str } from '../data';
import { VARIANTS, type Variant } from '../scales';
import { layoutTimeline, type TimelineEvent, type TimelineLayout } from '../timeline';
import type { Built, ChartContext } from './context';

export function timeline([ds]: Dataset[], c: ChartContext): Built<TimelineLayout> {
  const [dateKey, textKey, categoryKey] = [c.field('date'), c.field('text'), c.field('category')];
  const statusKey = c.optional('status');
  const labels = c.group('categories');
  const events: TimelineEvent[] = ds!.rows.map((row) => {
    const date = str(ds!, row, dateKey);
    if (!date) throw new Error(`Dataset "${ds!.id}" row "${row.id}" has no ${dateKey}`);
    const status = statusKey ? str(ds!, row, statusKey) : null;
    return { id: row.id, year: Number(date.slice(0, 4)), dateText: formatDate(date, c.locale), text: str(ds!, row, textKey) ?? '', category: str(ds!, row, categoryKey) ?? 'other', status: status ?? undefined };
  });
  const declared = ds!.fields.find((f) => f.key === categoryKey)?.values;
  const used = [...new Set(events.map((e) => e.category))];
  const categories = (declared ?? used).filter((k) => used.includes(k)).map((k) => ({ key: k, label: labels[k] ?? k }));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutTimeline({ events, categories, locale: c.locale }, v)])) as Record<Variant, TimelineLayout>;
  const first = events[0];
  const last = events[events.length - 1];
  const desc = first && last ? c.say('desc', { n: events.length, firstDate: first.dateText, first: first.text, lastDate: last.dateText, last: last.text, categories: categories.map((k) => k.label).join(', ') }) : c.say('none');
  return { layouts, states: c.states(), desc };
}
