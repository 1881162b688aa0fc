// The story charts of content/charts laid out from the real datasets in content/data: at 320 and 640 px every
// label stays inside the SVG, no two labels overlap, no annotation is dropped, and every
// state rule names a known state. A chart whose dataset is missing from content/data fails.
// Both editions: the Spanish chart text runs longer, so its layout is checked the same way.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/schemas/dataset';
import { checkStates, type ChartStates } from '../../../src/lib/charts/states';
import { VARIANTS, type TextMark, type Variant } from '../../../src/lib/charts/scales';
import { chartEntries, builtChart } from './entries';
import { outside, overlapping } from './helpers';
import { loadDataset } from '../../support/datasets';


interface AnyLayout {
  width: number;
  height: number;
  texts?: TextMark[];
  dropped?: string[];
  bars?: { texts: TextMark[]; dropped: string[] };
  line?: { texts: TextMark[]; dropped: string[] };
}
const textsOf = (l: AnyLayout): TextMark[] => [...(l.texts ?? []), ...(l.bars?.texts ?? []), ...(l.line?.texts ?? [])];
const droppedOf = (l: AnyLayout): string[] => [...(l.dropped ?? []), ...(l.bars?.dropped ?? []), ...(l.line?.dropped ?? [])];

for (const locale of ['en', 'es'] as const) for (const [name, spec] of Object.entries(chartEntries(locale))) {
  const datasets = spec.datasets.map((id) => loadDataset(id, locale));
  describe(`${name} on ${spec.datasets.join(', ')} (${locale})`, () => {
    it('has every dataset it draws in content/data', () => {
      expect(spec.datasets.filter((_, i) => datasets[i] === null), 'missing datasets').toEqual([]);
    });
    const chart = () => builtChart<AnyLayout>(name, datasets as Dataset[], undefined, locale) as { layouts: Record<Variant, AnyLayout>; states: ChartStates; desc: string };
    it('lays out cleanly at both widths', () => {
      const { layouts } = chart();
      for (const v of VARIANTS) {
        const l = layouts[v];
        expect(outside(textsOf(l), l.width, l.height), `${v}: text outside`).toEqual([]);
        expect(overlapping(textsOf(l)), `${v}: overlapping text`).toEqual([]);
        expect(droppedOf(l), `${v}: dropped annotations`).toEqual([]);
      }
    });
    it('has consistent step states and a description', () => {
      const { states, desc } = chart();
      expect(checkStates(states)).toEqual([]);
      expect(desc.length).toBeGreaterThan(40);
      expect(desc).not.toMatch(/NaN|undefined|null/);
    });
  });
}
