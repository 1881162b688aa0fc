// Props every chart renderer takes: its layouts per width variant, step states, and text.
import type { Variant } from '../../lib/charts/scales';
import type { ChartStates } from '../../lib/charts/states';

export interface ChartProps<L> {
  /** Stable figure id; element ids derive from it, so output is deterministic. */
  id: string;
  layouts: Record<Variant, L>;
  states: ChartStates;
  title: string;
  desc: string;
  /** Draw only a still picture of this state (a scroll step's, for linear reading and print). */
  still?: string;
}
