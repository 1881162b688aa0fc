// The shapes an annual-bar chart is made of (its input series and the bars it lays out), in their
// own module so the layout (bars.ts) and its label placement (bars-labels.ts) share them without
// importing each other.

export interface BarSeries {
  key: string;
  label: string;
  /** One value per entry of `years`; null is a gap. */
  values: (number | null)[];
}

export interface BarsInput {
  years: number[];
  total: BarSeries;
  /** A subset of `total` drawn inside it (same year, smaller or equal value). */
  part?: BarSeries;
  /** Per year: draw the total bar hatched (e.g. a preliminary figure). */
  hatched?: boolean[];
  /** What one unit counts, shown above the value axis ("Firearms"). */
  unit: string;
  /** Text written over a run of missing years, when it fits. */
  gapLabel: string;
  /** Text beside the gap key under the axis, for runs too narrow to label. */
  gapKey: string;
  /** Text beside the hatch key, when any bar is hatched. */
  hatchKey?: string;
  callouts?: { year: number; text: string }[];
  /** Year whose bar carries the series labels; default: last year with every series present. */
  labelYear?: number;
  /** false: no series labels (the unit line already names a single series). */
  seriesLabels?: boolean;
}

export interface BarRect {
  key: string;
  year: number;
  series: 'total' | 'part';
  x: number;
  y: number;
  width: number;
  height: number;
  hatched: boolean;
  tags: string[];
}
