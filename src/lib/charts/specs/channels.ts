// The routes chart: how traffickers got their guns in ATF's national investigations (share
// of cases by channel). National, not Mexico-only; a case can use more than one channel.
import type { Dataset } from '../../../schemas/dataset';
import { num, str } from '../data';
import { share } from '../describe';
import { layoutHBar, type HBarLayout, type HBarRow } from '../hbar';
import { VARIANTS, type Variant } from '../scales';
import type { ChartStates } from '../states';

export interface ChannelKeys {
  label: string;
  share: string;
}
export const CHANNEL_KEYS: ChannelKeys = { label: 'channel', share: 'share' };

/** States: `all` (summary) and one per row id, which emphasises that row. */
export function rowStates(ids: string[]): ChartStates {
  return { initial: 'all', names: ['all', ...ids], rules: Object.fromEntries(ids.map((id) => [`row-${id}`, { emph: [id] }])) };
}

export interface ShareChart {
  layouts: Record<Variant, HBarLayout>;
  states: ChartStates;
  desc: string;
}

export function channelChart(ds: Dataset, keys: ChannelKeys = CHANNEL_KEYS): ShareChart {
  const rows: HBarRow[] = ds.rows
    .map((row) => {
      const v = num(ds, row, keys.share);
      if (v === null) return null;
      return { id: row.id, label: str(ds, row, keys.label) ?? row.id, value: v, valueText: share(v) };
    })
    .filter((r): r is HBarRow => r !== null)
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  const layouts = Object.fromEntries(VARIANTS.map((v) => [v, layoutHBar({ rows, max: 100, track: true }, v)])) as Record<Variant, HBarLayout>;
  const desc = `Share of ATF firearm trafficking investigations nationwide that involved each channel: ${rows.map((r) => `${r.label.toLowerCase()} ${r.valueText}`).join(', ')}. A case can involve more than one channel, so the shares do not add up to 100%.`;
  return { layouts, states: rowStates(rows.map((r) => r.id)), desc };
}
