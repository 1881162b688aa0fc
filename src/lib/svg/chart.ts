// A story chart as a plain-SVG drawing for cards: the layout of one width variant, printed by
// the printer of its kind (lib/svg/charts/*) in the chart's summary state.
import type { ChartBuild } from '../charts/figure';
import type { Variant } from '../charts/scales';
import { el, type Drawing } from './drawing';
import type { Palette } from './palette';
import type { Typesetter } from './typesetter';
import { barsDefs, printBars } from './charts/bars';
import { comboDefs, printCombo } from './charts/combo';
import { printHBar } from './charts/hbar';
import { printRange } from './charts/range';
import { printTimeline } from './charts/timeline';
import { printUnits } from './charts/units';
import type { ChartPen } from './charts/marks';

/** The defs and marks of one built chart's layout for `variant`. */
function print(fig: ChartBuild, variant: Variant, pen: ChartPen): { defs: string; marks: string } {
  switch (fig.kind) {
    case 'bars':
      return { defs: barsDefs(pen), marks: printBars(fig.built.layouts[variant], pen) };
    case 'combo':
      return { defs: comboDefs(pen), marks: printCombo(fig.built.layouts[variant], pen) };
    case 'hbar':
      return { defs: '', marks: printHBar(fig.built.layouts[variant], pen) };
    case 'range':
      return { defs: '', marks: printRange(fig.built.layouts[variant], pen) };
    case 'timeline':
      return { defs: '', marks: printTimeline(fig.built.layouts[variant], pen) };
    case 'units':
      return { defs: '', marks: printUnits(fig.built.layouts[variant], pen) };
  }
}

/** The viewBox of one variant's layout. */
export function chartViewBox(fig: ChartBuild, variant: Variant): Drawing['viewBox'] {
  const { width, height } = fig.built.layouts[variant];
  return [0, 0, width, height];
}

export function drawChart(fig: ChartBuild, variant: Variant, palette: Palette, type: Typesetter): Drawing {
  const { defs, marks } = print(fig, variant, { states: fig.built.states, palette, type });
  return { viewBox: chartViewBox(fig, variant), body: (defs ? el('defs', {}, defs) : '') + marks };
}
