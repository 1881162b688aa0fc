// Prints a combo layout (lib/charts/combo.ts) for a card: its bar panel over its line panel,
// each by its own printer, as ComboChart.astro draws them.
import type { ComboLayout } from '../../charts/combo';
import { barsDefs, printBars } from './bars';
import { printLine } from './line';
import type { ChartPen } from './marks';

export const comboDefs = barsDefs;

export const printCombo = (l: ComboLayout, pen: ChartPen): string => printBars(l.bars, pen) + printLine(l.line, pen);
