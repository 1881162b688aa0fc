// A vertical timeline: one event per row in date order, the date and kind of event beside a
// rail, the text wrapped to the column. Spacing is by reading order, not to scale, so long
// silences are shown as a dashed break with the years skipped written out.
import type { Locale } from '../i18n/locales';
import { t } from '../i18n/messages';
import { lineHeight, r1, SIZES, text, type TextMark, type Variant } from './scales';
import { wrapText } from './text';
import { yTag } from './states';

export interface TimelineEvent {
  id: string;
  /** Year of the event as a number, for ordering and for gaps. */
  year: number;
  dateText: string;
  text: string;
  category: string;
  /** Extra muted line (e.g. the status of a bill). */
  status?: string;
}

export interface TimelineInput {
  events: TimelineEvent[];
  categories: { key: string; label: string }[];
  /** The edition whose words the layout writes itself (the notes between distant years). */
  locale?: Locale;
  /** A gap of at least this many years gets a dashed break. */
  breakYears?: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  rail: { key: string; x: number; y1: number; y2: number; broken: boolean }[];
  nodes: { id: string; cx: number; cy: number; r: number; cls: string; tags: string[] }[];
  texts: TextMark[];
}

export function layoutTimeline(input: TimelineInput, variant: Variant): TimelineLayout {
  const s = SIZES[variant];
  const narrow = variant === 'narrow';
  const catLabel = (k: string) => input.categories.find((c) => c.key === k)?.label ?? k;
  // Wide: dates and categories stand right-aligned left of the rail, which moves right when a
  // language's longest label needs more than the usual 138 px ("30 de septiembre de 2022").
  const labelW = narrow ? 0 : Math.max(0, ...input.events.flatMap((e) => [e.dateText, catLabel(e.category)].map((w, i) => text('measure', 0, 0, [w], { size: s.small, bold: i === 0, cls: 'measure' }).box.width)));
  const railX = narrow ? 7 : Math.max(150, Math.ceil(labelW) + 14);
  const textX = railX + (narrow ? 15 : 16);
  const textW = s.width - textX - 2;
  const breakYears = input.breakYears ?? 3;
  const texts: TextMark[] = [];
  const nodes: TimelineLayout['nodes'] = [];
  const rail: TimelineLayout['rail'] = [];
  const catIndex = (k: string) => input.categories.findIndex((c) => c.key === k);
  let cursor = 4;
  let prev: { y: number; year: number } | undefined;

  input.events.forEach((e) => {
    const tags = [`event-${e.id}`, `cat-${e.category}`, yTag(e.year)];
    if (prev && e.year - prev.year >= breakYears) {
      const note = text(`break-${e.id}`, textX, cursor + s.small + 6, [t(input.locale ?? 'en')('chart.timelineBreak', { n: e.year - prev.year })], { size: s.small, cls: 'note', tags: ['break'] });
      texts.push(note);
      cursor = note.box.y + note.box.height + 6;
    }
    const top = cursor;
    let y = top + s.small;
    if (narrow) {
      const head = text(`date-${e.id}`, textX, y, [`${e.dateText} · ${catLabel(e.category)}`], { size: s.small, bold: true, cls: 'event-date', tags });
      texts.push(head);
      y = head.box.y + head.box.height + s.font * 0.85;
    } else {
      texts.push(text(`date-${e.id}`, railX - 12, y + 1, [e.dateText], { size: s.small, bold: true, anchor: 'end', cls: 'event-date', tags }));
      texts.push(text(`cat-${e.id}`, railX - 12, y + 1 + lineHeight(s.small), [catLabel(e.category)], { size: s.small, anchor: 'end', cls: 'event-cat', tags }));
      y = top + s.font * 0.95;
    }
    const body = text(`text-${e.id}`, textX, y, wrapText(e.text, textW, s.font), { size: s.font, cls: 'event-text', tags });
    texts.push(body);
    let bottom = body.box.y + body.box.height;
    if (e.status) {
      const st = text(`status-${e.id}`, textX, bottom + s.small, wrapText(e.status, textW, s.small), { size: s.small, cls: 'note', tags });
      texts.push(st);
      bottom = st.box.y + st.box.height;
    }
    if (!narrow) bottom = Math.max(bottom, top + 2 * lineHeight(s.small) + 2);
    const cy = r1(top + s.small * 0.6);
    const gi = catIndex(e.category);
    nodes.push({ id: e.id, cx: railX, cy, r: narrow ? 5 : 6, cls: gi >= 0 ? `cat-${gi + 1}` : '', tags });
    if (prev) rail.push({ key: `rail-${e.id}`, x: railX, y1: prev.y, y2: cy, broken: e.year - prev.year >= breakYears });
    prev = { y: cy, year: e.year };
    cursor = bottom + (narrow ? 14 : 16);
  });
  return { width: s.width, height: r1(cursor), rail, nodes, texts };
}
