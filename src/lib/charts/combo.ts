// Stacks a bar panel over a line panel that share one year axis and one left edge, so a
// year sits at the same x in both. Used where two measures need two scales (no dual axes).
import { barsPlotLeft, layoutBars, type BarsInput, type BarsLayout } from './bars';
import { layoutLine, linePlotLeft, type LineInput, type LineLayout } from './line';
import { r1, type Variant } from './scales';

export interface ComboLayout {
  width: number;
  height: number;
  bars: BarsLayout;
  line: LineLayout;
}

export function layoutCombo(bars: BarsInput, line: LineInput, variant: Variant): ComboLayout {
  if (bars.years.join() !== line.years.join()) throw new Error('layoutCombo: both panels need the same years');
  const plotLeft = Math.max(barsPlotLeft(bars, variant), linePlotLeft(line, variant));
  const top = layoutBars(bars, variant, { plotLeft });
  const bottom = layoutLine(line, variant, { plotLeft, top: top.height + 14, prefix: 'l-' });
  return { width: top.width, height: r1(bottom.height), bars: top, line: bottom };
}
