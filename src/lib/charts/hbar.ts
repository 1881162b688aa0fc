// Horizontal bars for shares or counts by category, label above each bar (phone friendly),
// value at the bar's end. Shares sit on a full 0-100 track so a bar reads as part of a whole.
import { scaleLinear } from 'd3-scale';
import { lineHeight, r1, SIZES, text, type Box, type TextMark, type Variant } from './scales';
import { textWidth, wrapText } from './text';

export interface HBarRow {
  id: string;
  label: string;
  value: number;
  /** The value is a minimum ("more than 500"): the bar ends in an open chevron. */
  lowerBound?: boolean;
  valueText: string;
  group?: string;
}

export interface HBarInput {
  rows: HBarRow[];
  /** Scale maximum; shares use 100. Default: the largest value. */
  max?: number;
  /** Draw the full 0..max track behind each bar. */
  track?: boolean;
  groups?: { key: string; label: string }[];
}

export interface HBarLayout {
  width: number;
  height: number;
  plot: Box;
  rows: { id: string; tags: string[]; cls: string; y: number; x: number; width: number; height: number; track?: number; chevron?: string }[];
  texts: TextMark[];
}

export function layoutHBar(input: HBarInput, variant: Variant): HBarLayout {
  const s = SIZES[variant];
  const barH = variant === 'narrow' ? 14 : 16;
  const left = 0;
  const right = s.width - 2;
  const max = input.max ?? Math.max(1, ...input.rows.map((r) => r.value));
  const x = scaleLinear([0, max], [left, right]);
  const texts: TextMark[] = [];
  const rows: HBarLayout['rows'] = [];
  let cursor = 2;
  for (const r of input.rows) {
    const tags = [`row-${r.id}`, ...(r.group ? [`group-${r.group}`] : [])];
    const gi = r.group ? (input.groups ?? []).findIndex((g) => g.key === r.group) : -1;
    const label = text(`label-${r.id}`, left, cursor + s.font, wrapText(r.label, s.width, s.font), { size: s.font, cls: 'row-label', tags });
    texts.push(label);
    const y = r1(label.box.y + label.box.height + 4);
    const w = r1(Math.max(1, x(Math.min(r.value, max)) - left));
    const row: HBarLayout['rows'][number] = { id: r.id, tags, cls: gi >= 0 ? `cat-${gi + 1}` : '', y, x: left, width: w, height: barH };
    if (input.track) row.track = r1(right - left);
    if (r.lowerBound) row.chevron = `M${r1(left + w)},${y}L${r1(left + w + 7)},${r1(y + barH / 2)}L${r1(left + w)},${r1(y + barH)}Z`;
    rows.push(row);
    const vw = textWidth(r.valueText, s.small, true);
    const outsideX = left + w + (r.lowerBound ? 11 : 5);
    const base = y + barH / 2 + s.small * 0.35;
    const fitsOutside = outsideX + vw <= s.width;
    const value = fitsOutside
      ? text(`value-${r.id}`, outsideX, base, [r.valueText], { size: s.small, bold: true, cls: 'value', tags })
      : text(`value-${r.id}`, left + w - 5, base, [r.valueText], { size: s.small, bold: true, anchor: 'end', cls: 'value value--inside', tags });
    texts.push(value);
    cursor = y + barH + lineHeight(s.small) * 0.6;
  }
  return { width: s.width, height: r1(cursor + 4), plot: { x: left, y: 0, width: right - left, height: r1(cursor) }, rows, texts };
}
