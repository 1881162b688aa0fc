// Chart drawings for cards, every story chart (each layout kind) from the real datasets, in both
// editions: every mark the summary state shows is drawn (and no hidden one), inside the chart's
// box, in the palette's colours only, with the layout's own words, so the Spanish card speaks Spanish.
import { describe, expect, it } from 'vitest';
import type { ChartBuild } from '../../../src/lib/charts/figure';
import { VARIANTS, type TextMark } from '../../../src/lib/charts/scales';
import { buildChart } from '../../../src/lib/charts/build';
import { chartEntries } from '../charts/entries';
import { drawChart } from '../../../src/lib/svg/chart';
import { markState } from '../../../src/lib/svg/charts/marks';
import { mix } from '../../../src/lib/svg/palette';
import type { Locale } from '../../../src/lib/i18n/locales';
import { loadDataset } from '../../support/datasets';
import { isPaintReference, markShapes, recorder, shapes, sitePalette } from './drawn';

const p = sitePalette();
/** Every colour a chart may paint: the palette, and the two mixes chart.css makes from it. */
const allowed = new Set([...Object.values(p), mix(p.total, 20, p.paper), ...[p.range, p.cat1, p.cat2, p.cat3, p.cat4, p.cat5, p.cat6].map((c) => mix(c, 25, p.paper))]);

function build(name: string, locale: Locale): ChartBuild {
  const entry = chartEntries(locale)[name]!;
  const data = entry.datasets.map((id) => loadDataset(id, locale)!);
  const { kind, built } = buildChart(name, entry, data, locale);
  return { kind, spec: { kind, datasets: entry.datasets, tables: entry.tables }, built } as ChartBuild;
}
/** Every chart entry of content/charts, with the renderer kind its type draws with. */
const CHARTS = Object.fromEntries(Object.keys(chartEntries()).map((name) => [name, { kind: build(name, 'en').kind }]));

/** The text marks of any layout kind (a combo has two panels). */
const textsOf = (l: { texts?: TextMark[]; bars?: { texts: TextMark[] }; line?: { texts: TextMark[] } }): TextMark[] => [...(l.texts ?? []), ...(l.bars?.texts ?? []), ...(l.line?.texts ?? [])];

/** How many shapes (not text) a layout's shown marks need at the least, by kind. */
function expectedShapes(fig: ChartBuild, variant: (typeof VARIANTS)[number]): number {
  const on = (list: readonly { tags: string[] }[]) => list.filter((m) => !markState(m.tags, fig.built.states).off).length;
  switch (fig.kind) {
    case 'bars':
      return on(fig.built.layouts[variant].bars);
    case 'combo':
      return on(fig.built.layouts[variant].bars.bars) + on(fig.built.layouts[variant].line.dots);
    case 'hbar':
    case 'range':
      return on(fig.built.layouts[variant].rows);
    case 'timeline':
      return on(fig.built.layouts[variant].nodes);
    case 'units':
      return fig.built.layouts[variant].groups.filter((g) => !markState(g.tags, fig.built.states).off).reduce((n, g) => n + 1 + g.units.length, 0);
  }
}

it('covers every layout kind', () => {
  expect([...new Set(Object.values(CHARTS).map((s) => s.kind))].sort()).toEqual(['bars', 'combo', 'hbar', 'range', 'timeline', 'units']);
});

for (const name of Object.keys(CHARTS)) {
  for (const variant of VARIANTS) {
    describe(`${name} (${CHARTS[name]!.kind}), ${variant}`, () => {
      const fig = build(name, 'en');
      const { width, height } = fig.built.layouts[variant];
      const { type, words } = recorder();
      const drawing = drawChart(fig, variant, p, type);
      const all = shapes(drawing.body);
      const marks = markShapes(drawing.body);

      it('draws every mark its summary state shows', () => {
        expect(drawing.viewBox).toEqual([0, 0, width, height]);
        expect(marks.length).toBeGreaterThanOrEqual(expectedShapes(fig, variant));
      });
      it('writes exactly the words each state shows, from the layout (the summary state on cards)', () => {
        for (const state of fig.built.states.names) {
          const inState = { ...fig, built: { ...fig.built, states: { ...fig.built.states, initial: state } } } as ChartBuild;
          const drawn = recorder();
          drawChart(inState, variant, p, drawn.type);
          const shown = textsOf(fig.built.layouts[variant] as never).filter((t) => !markState(t.tags, inState.built.states).off);
          expect(drawn.words, state).toEqual(shown.flatMap((t) => t.lines).filter((l) => l.trim()));
        }
        expect(words.length).toBeGreaterThan(0);
      });
      it('leaves out the shapes a state hides', () => {
        const counts = fig.built.states.names.map((state) => {
          const inState = { ...fig, built: { ...fig.built, states: { ...fig.built.states, initial: state } } } as ChartBuild;
          return { state, drawn: markShapes(drawChart(inState, variant, p, recorder().type).body).length, least: expectedShapes(inState, variant) };
        });
        for (const c of counts) expect(c.drawn, c.state).toBeGreaterThanOrEqual(c.least);
        // A state that hides marks draws fewer shapes than one that shows them all.
        const most = Math.max(...counts.map((c) => c.least));
        for (const c of counts.filter((c) => c.least < most)) expect(c.drawn, c.state).toBeLessThan(Math.max(...counts.map((x) => x.drawn)));
      });
      it('keeps every mark inside the chart', () => {
        const limit: Record<string, number> = { x: width, cx: width, x1: width, x2: width, y: height, cy: height, y1: height, y2: height };
        const outside = all.flatMap((s) =>
          Object.entries(limit)
            .filter(([a, max]) => s.attrs[a] !== undefined && (Number(s.attrs[a]) < -1 || Number(s.attrs[a]) > max + 1))
            .map(([a]) => `${s.name} ${a}=${s.attrs[a]}`),
        );
        expect(outside).toEqual([]);
      });
      it('paints only in the site colours', () => {
        const ids = new Set(all.map((s) => s.attrs.id).filter(Boolean));
        const paints = all.flatMap((s) => [s.attrs.fill, s.attrs.stroke].filter((v): v is string => v !== undefined));
        expect(paints.length).toBeGreaterThan(0);
        expect(paints.filter((v) => !(allowed.has(v) || (isPaintReference(v) && (v === 'none' || ids.has(v.slice(5, -1))))))).toEqual([]);
      });
    });
  }
  it(`${name} in Spanish uses the Spanish layout's words`, () => {
    const en = recorder();
    const es = recorder();
    drawChart(build(name, 'en'), 'wide', p, en.type);
    const fig = build(name, 'es');
    drawChart(fig, 'wide', p, es.type);
    expect(es.words).toEqual(textsOf(fig.built.layouts.wide as never).filter((t) => !markState(t.tags, fig.built.states).off).flatMap((t) => t.lines).filter((l) => l.trim()));
    expect(es.words).not.toEqual(en.words);
  });
}
