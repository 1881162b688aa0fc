// The teachers' reference map (lib/map/reference.ts) on the real geometry, in both editions:
// every Mexican state and the four US border states are named on the map or by a number the
// legend keys, no two labels overlap, and nothing is cut off by the edge of the drawing.
import { describe, expect, it } from 'vitest';
import { MX_BORDER_STATES, MX_STATES, US_BORDER_STATES } from '@lib/map/codes';
import { mapBase, projectPoint } from '@lib/map/geometry';
import { boxesOverlap, boxInside, layoutReference, NUMBERED, referenceWords, segmentHitsBox, type Box } from '@lib/map/reference';
import { LOCALES } from '@lib/i18n/locales';

const base = mapBase();
const MX_IDS = Object.values(MX_STATES).map((s) => s.iso);

describe('segmentHitsBox()', () => {
  const box: Box = [0, 0, 10, 10];
  it('sees a segment crossing, entering or inside a box, and misses one beside it', () => {
    expect(segmentHitsBox([-5, 5], [15, 5], box)).toBe(true);
    expect(segmentHitsBox([5, 5], [20, 20], box)).toBe(true);
    expect(segmentHitsBox([2, 2], [3, 3], box)).toBe(true);
    expect(segmentHitsBox([-5, -5], [-1, 20], box)).toBe(false);
    expect(segmentHitsBox([11, 0], [20, 10], box)).toBe(false);
  });
});

for (const locale of LOCALES) {
  describe(`layoutReference() in ${locale}`, () => {
    const words = referenceWords(locale);
    const layout = layoutReference(base, projectPoint, words);
    const label = (id: string) => layout.labels.find((l) => l.id === id);
    const text = (id: string) => label(id)?.lines.join(' ');
    const [vx, vy, vw, vh] = layout.viewBox;

    it('places every label (no problems reported)', () => {
      expect(layout.problems).toEqual([]);
    });

    it('names the four US border states, in the page language', () => {
      expect(US_BORDER_STATES).toHaveLength(4);
      for (const id of US_BORDER_STATES) {
        const name = words.areaNames[id] ?? base.areas.find((a) => a.id === id)!.name;
        expect(text(`name-${id}`), id).toBe(name);
      }
      if (locale === 'es') expect(text('name-NM')).toBe('Nuevo México');
      // No other US state is named.
      expect(layout.labels.filter((l) => l.kind === 'us')).toHaveLength(4);
    });

    it('gives each of the 32 Mexican states its name on the map or a number keyed in the legend', () => {
      expect(MX_IDS).toHaveLength(32);
      const numbers = new Map<string, number>();
      for (const id of MX_IDS) {
        const name = base.areas.find((a) => a.id === id)!.name;
        const named = label(`name-${id}`);
        const numbered = label(`number-${id}`);
        expect(Boolean(named) !== Boolean(numbered), `${id} is named once, by name or by number`).toBe(true);
        if (named) expect(named.lines.join(' '), id).toBe(name);
        if (numbered) {
          const n = Number(numbered.lines[0]);
          numbers.set(id, n);
          expect(label(`legend-number-${n}`)?.lines, `legend disc ${n}`).toEqual([String(n)]);
          expect(text(`legend-name-${n}`), `legend entry ${n}`).toBe(name);
        }
      }
      expect([...numbers.keys()].sort()).toEqual([...NUMBERED].sort());
      expect([...numbers.values()].sort((a, b) => a - b)).toEqual(NUMBERED.map((_, i) => i + 1));
      // The legend lists the numbered states in alphabetical order of the page's language.
      const legend = NUMBERED.map((_, i) => text(`legend-name-${i + 1}`)!);
      expect(legend).toEqual([...legend].sort(words.compare));
    });

    it('lists the six Mexican border states, west to east, in the legend and the text list', () => {
      const names = MX_BORDER_STATES.map((id) => base.areas.find((a) => a.id === id)!.name);
      expect(names).toHaveLength(6);
      expect(layout.mxBorder).toEqual(names);
      expect(names.map((_, i) => text(`legend-border-${i + 1}`))).toEqual(names);
      expect(layout.mx.filter((e) => e.border).map((e) => e.id).sort()).toEqual([...MX_BORDER_STATES].sort());
      expect(layout.mx).toHaveLength(32);
      expect(layout.us.map((e) => e.id)).toEqual([...US_BORDER_STATES]);
      expect(layout.mx.filter((e) => e.number !== undefined)).toHaveLength(NUMBERED.length);
    });

    it('names the Pacific, the Gulf and both countries', () => {
      expect(text('sea-pacific')).toBe(words.seas.pacific);
      expect(text('sea-gulf')).toBe(words.seas.gulf);
      expect(text('country-us')).toBe(words.countries.us);
      expect(text('country-mx')).toBe(words.countries.mx);
    });

    it('keeps every label box apart from every other', () => {
      const clashes: string[] = [];
      layout.labels.forEach((a, i) => {
        for (const b of layout.labels.slice(i + 1)) if (boxesOverlap(a.box, b.box)) clashes.push(`${a.id} × ${b.id}`);
      });
      expect(clashes).toEqual([]);
    });

    it('keeps every label inside the drawing', () => {
      expect(layout.labels.length).toBeGreaterThan(36 + 2 * 9 + 6);
      for (const l of layout.labels) expect(boxInside(l.box, layout.viewBox), `${l.id} ${l.box.join(',')} in ${layout.viewBox.join(',')}`).toBe(true);
      for (const l of layout.leaders) for (const p of [l.from, l.to]) expect(p[0] >= vx && p[0] <= vx + vw && p[1] >= vy && p[1] <= vy + vh, l.id).toBe(true);
    });

    it('frames all of Mexico and the four US border states', () => {
      for (const a of base.areas.filter((x) => x.country === 'mx' || (US_BORDER_STATES as readonly string[]).includes(x.id))) {
        expect(boxInside([a.bounds[0][0], a.bounds[0][1], a.bounds[1][0], a.bounds[1][1]], [vx, vy, vw, vh]), a.id).toBe(true);
      }
    });

    it('draws the legend in open water, clear of every named state', () => {
      const legend = layout.labels.filter((l) => l.id.startsWith('legend-'));
      expect(legend.length).toBe(2 * NUMBERED.length + 1 + 2 + MX_BORDER_STATES.length);
      for (const a of base.areas.filter((x) => x.country === 'mx' || (US_BORDER_STATES as readonly string[]).includes(x.id))) {
        const bounds: Box = [a.bounds[0][0], a.bounds[0][1], a.bounds[1][0], a.bounds[1][1]];
        for (const l of legend) expect(boxesOverlap(l.box, bounds), `${l.id} over ${a.id}`).toBe(false);
      }
    });

    it('draws a leader from inside a small state to its number, crossing no other label', () => {
      for (const leader of layout.leaders) {
        const a = base.areas.find((x) => x.id === leader.id)!;
        expect(leader.from).toEqual(a.anchor);
        const own = label(`number-${leader.id}`)!;
        expect(Math.hypot(own.at[0] - leader.to[0], own.at[1] - leader.to[1])).toBeLessThan(8);
        for (const l of layout.labels) if (l !== own) expect(segmentHitsBox(leader.from, leader.to, l.box), `leader ${leader.id} × ${l.id}`).toBe(false);
      }
      // A number without a leader sits inside its own state's bounds.
      for (const id of NUMBERED) {
        if (layout.leaders.some((l) => l.id === id)) continue;
        const a = base.areas.find((x) => x.id === id)!;
        const b = label(`number-${id}`)!.box;
        expect(b[0] >= a.bounds[0][0] - 2 && b[2] <= a.bounds[1][0] + 2 && b[1] >= a.bounds[0][1] - 2 && b[3] <= a.bounds[1][1] + 2, id).toBe(true);
      }
    });
  });
}
