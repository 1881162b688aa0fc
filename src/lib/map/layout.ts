// The shape of a laid-out map: every mark tagged with the states it shows (and is emphasised)
// in, the legends and notes, and one sentence per state. Its own module so the layout
// (layers.ts), the mark drawers (marks.ts) and the printers share it without importing each other.
import type { Point } from './geometry';
import type { MapState } from './states';

export interface Visibility {
  /** States the mark is drawn in; absent: always. */
  states?: MapState[];
  /** States the mark is emphasised in. */
  emph?: MapState[];
}
export interface AreaMark extends Visibility { area: string; cls: string }
export interface PathMark extends Visibility { id: string; d: string; cls: string }
export interface FlowMark extends Visibility { id: string; d: string; head: string; width: number }
export interface PointMark extends Visibility { id: string; at: Point; shape: 'square' | 'diamond'; cls: string }
export interface LabelMark extends Visibility { id: string; at: Point; lines: string[]; anchor: 'start' | 'middle' | 'end'; cls: string }
export interface LegendMark extends Visibility { id: string; title: string; items: { cls: string; label: string; width?: number }[] }
export interface NoteMark extends Visibility { id: string; text: string }

export interface MapLayout {
  states: MapState[];
  /** States in which the border line is emphasised. */
  borderEmph: MapState[];
  fills: AreaMark[];
  outlines: AreaMark[];
  paths: PathMark[];
  flows: FlowMark[];
  points: PointMark[];
  labels: LabelMark[];
  legends: LegendMark[];
  notes: NoteMark[];
  /** One plain sentence per state saying what the map shows (for the figure's text alternative). */
  describe: Partial<Record<MapState, string>>;
}
