// Every chart type by name: which renderer draws it and the generic builder that lays it out
// from a content entry (content/charts/<id>.json names its type). Adding a chart of one of these
// types needs no code; a new type is one builder module and one line here.
import type { BarsLayout } from '../bars';
import type { ComboLayout } from '../combo';
import type { HBarLayout } from '../hbar';
import type { RangeLayout } from '../range';
import type { TimelineLayout } from '../timeline';
import type { UnitsLayout } from '../units';
import type { Dataset } from '../../../schemas/dataset';
import { annualBars } from './annual-bars';
import { annualCombo } from './annual-combo';
import type { Built, ChartContext } from './context';
import { accounts, periodCounts } from './counts';
import { estimates } from './estimates';
import { periodShares } from './period-shares';
import { datedFigures, datedTotals, valueBars } from './published-figures';
import { panelShares, shareBars } from './share-bars';
import { timeline } from './timeline';
import { units } from './units';

interface Type<K extends string, L> {
  /** The renderer: ChartFigure draws the layout with the component of this kind. */
  kind: K;
  /** Roles the entry must map to dataset fields, and roles it may. */
  roles: string[];
  optional?: string[];
  build: (data: Dataset[], c: ChartContext) => Built<L>;
}
export type ChartType =
  | Type<'bars', BarsLayout>
  | Type<'combo', ComboLayout>
  | Type<'range', RangeLayout>
  | Type<'hbar', HBarLayout>
  | Type<'timeline', TimelineLayout>
  | Type<'units', UnitsLayout>;
export type ChartKind = ChartType['kind'];

export const CHART_TYPES = {
  'annual-bars': { kind: 'bars', roles: ['year', 'total', 'part'], optional: ['share', 'kind'], build: annualBars },
  'annual-combo': { kind: 'combo', roles: ['year', 'total', 'status', 'share'], optional: ['shareRelease'], build: annualCombo },
  'share-bars': { kind: 'hbar', roles: ['label', 'share'], optional: ['precision'], build: shareBars },
  'panel-shares': { kind: 'hbar', roles: ['panel', 'label', 'share'], optional: ['dimension', 'base'], build: panelShares },
  'period-shares': { kind: 'hbar', roles: ['start', 'end', 'submitted', 'share', 'measure'], optional: ['basis'], build: periodShares },
  'value-bars': { kind: 'hbar', roles: ['label', 'value'], build: valueBars },
  'dated-totals': { kind: 'hbar', roles: ['date', 'count', 'qualifier'], optional: ['counted'], build: datedTotals },
  estimates: { kind: 'range', roles: ['year', 'author', 'kind', 'low', 'central', 'high'], optional: ['period', 'statedAs'], build: estimates },
  'dated-figures': { kind: 'range', roles: ['label', 'period', 'start', 'end', 'count', 'qualifier', 'measure', 'change', 'comparison'], build: datedFigures },
  'period-counts': { kind: 'range', roles: ['label', 'period', 'source', 'start', 'end', 'total', 'rifles', 'barrett'], build: periodCounts },
  accounts: { kind: 'range', roles: ['date', 'account', 'publisher', 'deaths', 'vehiclesLow', 'vehiclesHigh'], optional: ['vehiclesNote'], build: accounts },
  timeline: { kind: 'timeline', roles: ['date', 'text', 'category'], optional: ['status'], build: timeline },
  units: { kind: 'units', roles: ['year', 'units', 'items', 'ratio'], build: units },
} satisfies Record<string, ChartType>;

export type ChartTypeName = keyof typeof CHART_TYPES;
export const isChartType = (name: string): name is ChartTypeName => Object.hasOwn(CHART_TYPES, name);

/** A chart entry's id, as <ChartFigure chart="..."> names it (a file of content/charts/). */
export type StoryChartName = string;
