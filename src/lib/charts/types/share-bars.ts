// Chart types of horizontal share bars (0–100%) from category datasets:
// `share-bars`: one bar per row, largest first (e.g. how traffickers got their guns).
//   Roles: label, share; optional precision (rows whose precision is values.approximate read
//   "about"). Texts: about {share}, desc {items}. Marks: row-<id>.
// `panel-shares`: one small panel per value of `panel` (and of `dimension`), each with its base
//   as a note; an item keeps its colour across panels. Roles: panel, label, share; optional
//   dimension, base. Texts: dimensions {value: label}, desc {groups}. Marks: group-<panel key>.
import type { Dataset } from '../../../schemas/dataset';
import { t } from '../../i18n/messages';
import { num, str } from '../data';
import { share } from '../describe';
import { layoutHBar, type HBarLayout, type HBarRow } from '../hbar';
import { VARIANTS, type Variant } from '../scales';
import type { Built, ChartContext } from './context';

export function shareBars([ds]: Dataset[], c: ChartContext): Built<HBarLayout> {
  const [labelKey, shareKey] = [c.field('label'), c.field('share')];
  const precisionKey = c.optional('precision');
  type Counted = HBarRow & { value: number };
  const rows: Counted[] = ds!.rows
    .map((row): Counted | null => {
      const v = num(ds!, row, shareKey);
      if (v === null) return null;
      const approx = precisionKey !== undefined && str(ds!, row, precisionKey) === c.value('approximate');
      const text = share(v, c.locale);
      return { id: row.id, label: str(ds!, row, labelKey) ?? row.id, value: v, valueText: approx ? c.say('about', { share: text }) : text };
    })
    .filter((r): r is Counted => r !== null)
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max: 100, track: true }, v)])) as Record<Variant, HBarLayout>;
  const desc = c.say('desc', { items: rows.map((r) => `${r.label.toLowerCase()}, ${r.valueText}`).join('; ') });
  return { layouts, states: c.states(), desc };
}

export function panelShares([ds]: Dataset[], c: ChartContext): Built<HBarLayout> {
  const [panelKey, labelKey, shareKey] = [c.field('panel'), c.field('label'), c.field('share')];
  const [dimensionKey, baseKey] = [c.optional('dimension'), c.optional('base')];
  const dimensionLabels = dimensionKey ? c.group('dimensions') : {};
  const groups: { key: string; label: string; note?: string }[] = [];
  const rows: HBarRow[] = [];
  // One colour per item (rifles are the same colour in every panel), so a reader can follow it;
  // items of a second breakdown (caliber) share the neutral slot 6.
  const items: string[] = [];
  const firstDim = dimensionKey ? str(ds!, ds!.rows[0]!, dimensionKey) : null;
  for (const row of ds!.rows) {
    const v = num(ds!, row, shareKey);
    if (v === null) continue;
    const panel = str(ds!, row, panelKey) ?? '';
    const dim = dimensionKey ? str(ds!, row, dimensionKey) : null;
    const key = [panel, dim].filter(Boolean).join('-').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    if (!groups.some((g) => g.key === key)) {
      const label = [panel.replace(/(\d{4})-(\d{4})/, '$1–$2'), dim ? dimensionLabels[dim] ?? dim : null].filter(Boolean).join(', ');
      groups.push({ key, label, note: baseKey ? str(ds!, row, baseKey) ?? undefined : undefined });
    }
    const item = str(ds!, row, labelKey) ?? row.id;
    const main = dim === firstDim;
    if (main && !items.includes(item)) items.push(item);
    rows.push({ id: row.id, label: item, value: v, valueText: share(v, c.locale), group: key, tone: main ? (items.indexOf(item) % 5) + 1 : 6 });
  }
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max: 100, track: true, groups, headers: true }, v)])) as Record<Variant, HBarLayout>;
  const desc = groups
    .map((g) => t(c.locale)('chart.groupItems', { label: g.label, items: rows.filter((r) => r.group === g.key).map((r) => `${r.label} ${r.valueText}`).join(', ') }))
    .join(' ');
  return { layouts, states: c.states(), desc: c.say('desc', { groups: desc }) };
}
