// Horizontal bars for shares or counts by category, value at the bar's end. On a phone each
// label sits above its bar; on a wide chart, when the labels are short enough, they move into
// a column on the left. Shares sit on a full 0-100 track so a bar reads as part of a whole.
import { scaleLinear } from 'd3-scale';
import { lineHeight, r1, SIZES, text, type Box, type TextMark, type Variant } from './scales';
import { textWidth, wrapText } from './text';

export interface HBarRow {
  id: string;
  label: string;
  /** null: no figure for this row; the value text stands alone where the bar would start. */
  value: number | null;
  /** The value is a minimum ("more than 500"): the bar ends in an open chevron. */
  lowerBound?: boolean;
  valueText: string;
  /** A muted line under the label (e.g. the base of a share). */
  sub?: string;
  group?: string;
  /** Colour slot 1-6; default: the group's position. */
  tone?: number;
}

export interface HBarInput {
  rows: HBarRow[];
  /** Scale maximum; shares use 100. Default: the largest value. */
  max?: number;
  /** Draw the full 0..max track behind each bar. */
  track?: boolean;
  groups?: { key: string; label: string; note?: string }[];
  /** A header line (and note) opens each group's rows: small multiples with their own bases. */
  headers?: boolean;
}

export interface HBarLayout {
  width: number;
  height: number;
  plot: Box;
  rows: { id: string; tags: string[]; cls: string; y: number; x: number; width: number; height: number; track?: number; chevron?: string }[];
  texts: TextMark[];
}

/** Width of the left label column on a wide chart, or 0 when labels must sit above the bars. */
function labelColumn(input: HBarInput, variant: Variant): number {
  if (variant === 'narrow' || input.rows.length === 0) return 0;
  const s = SIZES[variant];
  const w = Math.max(...input.rows.map((r) => Math.max(textWidth(r.label, s.font), r.sub ? textWidth(r.sub, s.small) : 0)));
  return w <= s.width * 0.4 ? r1(w + 14) : 0;
}

export function layoutHBar(input: HBarInput, variant: Variant): HBarLayout {
  const s = SIZES[variant];
  const barH = variant === 'narrow' ? 14 : 16;
  const col = labelColumn(input, variant);
  const left = col;
  const right = s.width - 2;
  const max = input.max ?? Math.max(1, ...input.rows.map((r) => r.value ?? 0));
  const x = scaleLinear([0, max], [left, right]);
  const texts: TextMark[] = [];
  const rows: HBarLayout['rows'] = [];
  let cursor = 2;
  let lastGroup: string | undefined;
  for (const r of input.rows) {
    const tags = [`row-${r.id}`, ...(r.group ? [`group-${r.group}`] : [])];
    if (input.headers && r.group && r.group !== lastGroup) cursor = header(input, r.group, cursor + (lastGroup ? 14 : 0), variant, texts);
    lastGroup = r.group;
    const gi = r.group ? (input.groups ?? []).findIndex((g) => g.key === r.group) : -1;
    const tone = r.tone ?? (gi >= 0 ? gi + 1 : 0);
    let y: number;
    let next: number;
    if (col) {
      // Label column: the label's first line is centered on the bar, the sub-line under it.
      y = r1(cursor + 2);
      const label = text(`label-${r.id}`, 0, y + barH / 2 + s.font * 0.35, [r.label], { size: s.font, cls: 'row-label', tags });
      texts.push(label);
      let bottom = Math.max(y + barH, label.box.y + label.box.height);
      if (r.sub) {
        const sub = text(`sub-${r.id}`, 0, label.box.y + label.box.height + s.small * 0.9, [r.sub], { size: s.small, cls: 'row-sub', tags });
        texts.push(sub);
        bottom = sub.box.y + sub.box.height;
      }
      next = bottom + 8;
    } else {
      const label = text(`label-${r.id}`, 0, cursor + s.font, wrapText(r.label, s.width, s.font), { size: s.font, cls: 'row-label', tags });
      texts.push(label);
      let below = label.box.y + label.box.height;
      if (r.sub) {
        // A short sub-line sits after the label on the same line.
        const inlineX = label.box.width + 10;
        const inline = label.lines.length === 1 && inlineX + textWidth(r.sub, s.small) <= s.width;
        const sub = inline
          ? text(`sub-${r.id}`, inlineX, label.y, [r.sub], { size: s.small, cls: 'row-sub', tags })
          : text(`sub-${r.id}`, 0, below + s.small, wrapText(r.sub, s.width, s.small), { size: s.small, cls: 'row-sub', tags });
        texts.push(sub);
        below = Math.max(below, sub.box.y + sub.box.height);
      }
      y = r1(below + 4);
      next = y + barH + lineHeight(s.small) * 0.6;
    }
    if (r.value === null) {
      const note = text(`value-${r.id}`, left, y + barH / 2 + s.small * 0.35, wrapText(r.valueText, s.width - left, s.small), { size: s.small, cls: 'note', tags });
      texts.push(note);
      cursor = Math.max(next, note.box.y + note.box.height + 8);
      continue;
    }
    const w = r1(Math.max(1, x(Math.min(r.value, max)) - left));
    const row: HBarLayout['rows'][number] = { id: r.id, tags, cls: tone ? `cat-${tone}` : '', y, x: left, width: w, height: barH };
    if (input.track) row.track = r1(right - left);
    if (r.lowerBound) row.chevron = `M${r1(left + w)},${y}L${r1(left + w + 7)},${r1(y + barH / 2)}L${r1(left + w)},${r1(y + barH)}Z`;
    rows.push(row);
    texts.push(valueMark(r, left + w, y + barH / 2, variant, tags));
    cursor = next;
  }
  return { width: s.width, height: r1(cursor + 4), plot: { x: left, y: 0, width: right - left, height: r1(cursor) }, rows, texts };
}

/** Group header (and its note); returns the new cursor. */
function header(input: HBarInput, key: string, at: number, variant: Variant, texts: TextMark[]): number {
  const s = SIZES[variant];
  const group = input.groups?.find((g) => g.key === key);
  const head = text(`head-${key}`, 0, at + s.font, wrapText(group?.label ?? key, s.width, s.font, true), { size: s.font, bold: true, cls: 'group-head', tags: [`group-${key}`] });
  texts.push(head);
  let cursor = head.box.y + head.box.height + 4;
  if (group?.note) {
    const note = text(`headnote-${key}`, 0, cursor + s.small, wrapText(group.note, s.width, s.small), { size: s.small, cls: 'row-sub', tags: [`group-${key}`] });
    texts.push(note);
    cursor = note.box.y + note.box.height + 4;
  }
  return cursor;
}

/** The value after the bar's end, or inside the bar when there is no room after it. */
function valueMark(r: HBarRow, end: number, mid: number, variant: Variant, tags: string[]): TextMark {
  const s = SIZES[variant];
  const outsideX = end + (r.lowerBound ? 11 : 5);
  const base = mid + s.small * 0.35;
  return outsideX + textWidth(r.valueText, s.small, true) <= s.width
    ? text(`value-${r.id}`, outsideX, base, [r.valueText], { size: s.small, bold: true, cls: 'value', tags })
    : text(`value-${r.id}`, end - 5, base, [r.valueText], { size: s.small, bold: true, anchor: 'end', cls: 'value value--inside', tags });
}
