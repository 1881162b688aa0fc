// A unit chart: one mark per thing counted, so a ratio reads as a crowd ("one inspector,
// about 150 licensees"). Groups stack down the page; marks wrap to the width.
import { lineHeight, r1, SIZES, text, type TextMark, type Variant } from './scales';
import { textWidth, wrapText } from './text';

export interface UnitGroup {
  id: string;
  label: string;
  /** How many units to draw (rounded by the caller from a published figure). */
  count: number;
  /** What the single mark on the left stands for ("1 inspector"). */
  oneText: string;
  /** What the crowd stands for ("about 150 licensees"). */
  manyText: string;
}

export interface UnitsLayout {
  width: number;
  height: number;
  groups: { id: string; tags: string[]; one: { cx: number; cy: number; r: number }; units: { cx: number; cy: number }[]; r: number }[];
  texts: TextMark[];
}

export function layoutUnits(groups: UnitGroup[], variant: Variant): UnitsLayout {
  const s = SIZES[variant];
  const r = variant === 'narrow' ? 3 : 3.5;
  const step = r * 2 + 3;
  const oneR = variant === 'narrow' ? 9 : 11;
  const gridX = oneR * 2 + 18;
  const perRow = Math.max(1, Math.floor((s.width - gridX) / step));
  const texts: TextMark[] = [];
  const out: UnitsLayout['groups'] = [];
  let cursor = 0;
  for (const g of groups) {
    const tags = [`group-${g.id}`];
    const head = text(`label-${g.id}`, 0, cursor + s.font, wrapText(g.label, s.width, s.font, true), { size: s.font, bold: true, cls: 'row-label', tags });
    texts.push(head);
    const top = head.box.y + head.box.height + 8;
    const units = Array.from({ length: Math.max(0, Math.round(g.count)) }, (_, i) => ({ cx: r1(gridX + (i % perRow) * step + r), cy: r1(top + Math.floor(i / perRow) * step + r) }));
    const gridBottom = units.length ? units[units.length - 1]!.cy + r : top;
    const one = { cx: oneR, cy: r1(top + oneR), r: oneR };
    out.push({ id: g.id, tags, one, units, r });
    const below = Math.max(gridBottom, top + oneR * 2) + s.small + 4;
    const oneMark = text(`one-${g.id}`, 0, below, [g.oneText], { size: s.small, bold: true, cls: 'value', tags });
    texts.push(oneMark);
    // The crowd's caption follows on the same line when it fits, else on the next.
    const sameX = Math.max(gridX, oneMark.box.width + 14);
    const same = sameX + textWidth(g.manyText, s.small, true) <= s.width;
    const many = text(`many-${g.id}`, same ? sameX : 0, same ? below : below + lineHeight(s.small), wrapText(g.manyText, s.width, s.small, true), { size: s.small, bold: true, cls: 'value part', tags });
    texts.push(many);
    cursor = many.box.y + many.box.height + 14;
  }
  return { width: s.width, height: r1(cursor), groups: out, texts };
}
