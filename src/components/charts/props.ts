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
  /** States to draw as still pictures, one per step of the chart's scroll story (none outside one). */
  stills?: string[];
}
