// Share-bar charts from category datasets: how traffickers got their guns in ATF's national
// investigations (share of cases by channel; national, not Mexico-only), and the types of
// guns traced from Mexico, one small panel per period with its own base.
import type { Locale } from '../../i18n/locales';
import { t } from '../../i18n/messages';
import type { Dataset } from '../../../schemas/dataset';
import { num, str } from '../data';
import { share } from '../describe';
import { layoutHBar, type HBarLayout, type HBarRow } from '../hbar';
import { VARIANTS, type Variant } from '../scales';
import type { ChartStates } from '../states';

/** States: `all` (summary) and one per row id, which emphasises that row. */
export function rowStates(ids: string[]): ChartStates {
  const rules: ChartStates['rules'] = Object.fromEntries(ids.map((id) => [`row-${id}`, { emph: [id] }]));
  return { initial: 'all', names: ['all', ...ids], rules };
}

export interface ShareChart {
  layouts: Record<Variant, HBarLayout>;
  states: ChartStates;
  desc: string;
}

/** "about 7%" for a share reported as approximate, "40.7%" otherwise. */
export function shareText(value: number, approximate: boolean, locale: Locale = 'en'): string {
  return approximate ? t(locale)('chart.channels.about', { share: share(value, locale) }) : share(value, locale);
}

export interface ChannelKeys {
  label: string;
  share: string;
  /** Category field whose value "approximate" marks a share reported as "about". */
  precision?: string;
}
export const CHANNEL_KEYS: ChannelKeys = { label: 'channel', share: 'share', precision: 'precision' };

export function channelChart(ds: Dataset, keys: ChannelKeys = CHANNEL_KEYS, locale: Locale = 'en'): ShareChart {
  const hasPrecision = Boolean(keys.precision && ds.fields.some((f) => f.key === keys.precision));
  type Counted = HBarRow & { value: number };
  const rows: Counted[] = ds.rows
    .map((row): Counted | null => {
      const v = num(ds, row, keys.share);
      if (v === null) return null;
      const approx = hasPrecision && str(ds, row, keys.precision!) === 'approximate';
      return { id: row.id, label: str(ds, row, keys.label) ?? row.id, value: v, valueText: shareText(v, approx, locale) };
    })
    .filter((r): r is Counted => r !== null)
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max: 100, track: true }, v)])) as Record<Variant, HBarLayout>;
  const desc = t(locale)('chart.channels.desc', { items: rows.map((r) => `${r.label.toLowerCase()}, ${r.valueText}`).join('; ') });
  return { layouts, states: rowStates(rows.map((r) => r.id)), desc };
}

export interface PanelKeys {
  panel: string;
  dimension?: string;
  label: string;
  share: string;
  base?: string;
}
export const WEAPON_TYPE_KEYS: PanelKeys = { panel: 'period', dimension: 'dimension', label: 'item', share: 'share', base: 'base' };

/**
 * One panel per period (and per breakdown, e.g. type or caliber), each with its base as a note.
 * States: `all` and one per panel key (`2012-2017-type`), which emphasises that panel.
 */
export function panelShareChart(ds: Dataset, keys: PanelKeys = WEAPON_TYPE_KEYS, dimensionLabels?: Record<string, string>, locale: Locale = 'en'): ShareChart {
  const tr = t(locale);
  dimensionLabels ??= { type: tr('chart.channels.byType'), caliber: tr('chart.channels.byCaliber') };
  const groups: { key: string; label: string; note?: string }[] = [];
  const rows: HBarRow[] = [];
  // One colour per item (rifles are the same colour in every panel), so a reader can follow it;
  // items of a second breakdown (caliber) share the neutral slot 6.
  const items: string[] = [];
  const firstDim = keys.dimension ? str(ds, ds.rows[0]!, keys.dimension) : null;
  for (const row of ds.rows) {
    const v = num(ds, row, keys.share);
    if (v === null) continue;
    const panel = str(ds, row, keys.panel) ?? '';
    const dim = keys.dimension ? str(ds, row, keys.dimension) : null;
    const key = [panel, dim].filter(Boolean).join('-').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    if (!groups.some((g) => g.key === key)) {
      const label = [panel.replace(/(\d{4})-(\d{4})/, '$1–$2'), dim ? dimensionLabels[dim] ?? dim : null].filter(Boolean).join(', ');
      groups.push({ key, label, note: keys.base ? str(ds, row, keys.base) ?? undefined : undefined });
    }
    const item = str(ds, row, keys.label) ?? row.id;
    const main = dim === firstDim;
    if (main && !items.includes(item)) items.push(item);
    rows.push({ id: row.id, label: item, value: v, valueText: share(v, locale), group: key, tone: main ? (items.indexOf(item) % 5) + 1 : 6 });
  }
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max: 100, track: true, groups, headers: true }, v)])) as Record<Variant, HBarLayout>;
  const desc = groups
    .map((g) => tr('chart.groupItems', { label: g.label, items: rows.filter((r) => r.group === g.key).map((r) => `${r.label} ${r.valueText}`).join(', ') }))
    .join(' ');
  const ids = groups.map((g) => g.key);
  const rules: ChartStates['rules'] = Object.fromEntries(ids.map((id) => [`group-${id}`, { emph: [id] }]));
  return { layouts, states: { initial: 'all', names: ['all', ...ids], rules }, desc: tr('chart.channels.panelDesc', { groups: desc }) };
}
