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
  /**
   * The texts it reads, as `key{placeholder,…}`; `?key` may be left out, `key[]` is a group of
   * labels by category value. Any template may also use `{rowId.field}` and declared derived values.
   */
  texts: string;
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
  'annual-bars': { kind: 'bars', roles: ['year', 'total', 'part'], optional: ['share', 'kind'], texts: 'total part unit gapLabel gapKey ?hatchKey callout{share} desc{years} descLatest{year,total,part} descMissing{years}', build: annualBars },
  'annual-combo': { kind: 'combo', roles: ['year', 'total', 'status', 'share'], optional: ['shareRelease'], texts: 'total unit gapLabel gapKey hatchKey prelim{n} share shareUnit ?open ?filled ?openRelease ?filledRelease ?square shareGapKey desc{first,latest,peak,peakYear,latestValue} descPrelim{years} descShare{first,firstYear,last,lastYear} descNoShare{years}', build: annualCombo },
  'share-bars': { kind: 'hbar', roles: ['label', 'share'], optional: ['precision'], texts: '?about{share} desc{items}', build: shareBars },
  'panel-shares': { kind: 'hbar', roles: ['panel', 'label', 'share'], optional: ['dimension', 'base'], texts: '?dimensions[] desc{groups}', build: panelShares },
  'period-shares': { kind: 'hbar', roles: ['start', 'end', 'submitted', 'share', 'measure'], optional: ['basis'], texts: 'measures[] fiscal{period} sub{n} subMissing item{label,value,sub} desc{groups}', build: periodShares },
  'value-bars': { kind: 'hbar', roles: ['label', 'value'], texts: 'desc', build: valueBars },
  'dated-totals': { kind: 'hbar', roles: ['date', 'count', 'qualifier'], optional: ['counted'], texts: 'by{date} moreThan{n} noTotal desc{items}', build: datedTotals },
  estimates: { kind: 'range', roles: ['year', 'author', 'kind', 'low', 'central', 'high'], optional: ['period', 'statedAs'], texts: 'kinds[] published{year} moreThan{n} upTo{n} noFigure axis desc{low,lowBy,high,highBy} none', build: estimates },
  'dated-figures': { kind: 'range', roles: ['label', 'period', 'start', 'end', 'count', 'qualifier', 'measure', 'change', 'comparison'], texts: 'groups[] up{pct} down{pct} changeOn{change,comparison} noCount yearlyAverage{n} moreThan{n} fewerThan{n} inAll{n} axis item{label,sub,value} desc{groups}', build: datedFigures },
  'period-counts': { kind: 'range', roles: ['label', 'period', 'source', 'start', 'end', 'total', 'rifles', 'barrett'], texts: 'total{n,parts} rifles{n} barrett{n} riflesBarrett{n,barrett} barrettRifles{n} noCount axis item{label,sub,value} desc{items}', build: periodCounts },
  accounts: { kind: 'range', roles: ['date', 'account', 'publisher', 'deaths', 'vehiclesLow', 'vehiclesHigh'], optional: ['vehiclesNote'], texts: 'undated dead{n} atLeastVehicles{n} vehicles{n} vehicleRange{low,high} deaths vehiclesReported axis desc{deaths,vehicles}', build: accounts },
  timeline: { kind: 'timeline', roles: ['date', 'text', 'category'], optional: ['status'], texts: 'categories[] desc{n,firstDate,first,lastDate,last,categories} none', build: timeline },
  units: { kind: 'units', roles: ['year', 'units', 'items', 'ratio'], texts: 'label{year,units,items} one many{n} desc{items}', build: units },
} satisfies Record<string, ChartType>;

export type ChartTypeName = keyof typeof CHART_TYPES;

export interface TextSpec {
  /** Placeholders the type fills for this text. */
  vars: string[];
  optional: boolean;
  /** A group of labels keyed by category value, not one template. */
  group: boolean;
}
/** A type's `texts` declaration, parsed: "?about{share} kinds[]" → { about: {…}, kinds: {…} }. */
export function textSpecs(texts: string): Record<string, TextSpec> {
  return Object.fromEntries(
    texts.split(/\s+/).filter(Boolean).map((item) => {
      const m = /^(\?)?(\w+)(\[\])?(?:\{([\w,]*)\})?$/.exec(item);
      if (!m) throw new Error(`Bad text declaration "${item}"`);
      return [m[2]!, { vars: m[4] ? m[4].split(',') : [], optional: Boolean(m[1]), group: Boolean(m[3]) }];
    }),
  );
}
export const isChartType = (name: string): name is ChartTypeName => Object.hasOwn(CHART_TYPES, name);

/** A chart entry's id, as <ChartFigure chart="..."> names it (a file of content/charts/). */
export type StoryChartName = string;
