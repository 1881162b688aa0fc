// Every story chart by name: which datasets it reads, which renderer draws it, how it is
// built and which columns its data table shows. <ChartFigure chart="..."> looks charts up
// here, and the unit tests lay every entry out from the real content/data files.
import type { Dataset } from '../../../schemas/dataset';
import type { Locale } from '../../i18n/locales';
import type { BarsLayout } from '../bars';
import type { ComboLayout } from '../combo';
import type { HBarLayout } from '../hbar';
import type { RangeLayout } from '../range';
import type { Variant } from '../scales';
import type { ChartStates } from '../states';
import type { TimelineLayout } from '../timeline';
import type { UnitsLayout } from '../units';
import { capacityChart } from './capacity';
import { channelChart, panelShareChart } from './channels';
import { estimateChart } from './estimates';
import { homicideChart } from './homicides';
import { tracePeriodChart } from './periods';
import { chargesChart, seizureChart, seizurePairChart } from './seizures';
import { timelineChart } from './timeline';
import { fiftyChart, villaUnionChart } from './toll';
import { traceChart } from './traces';

interface Built<L> {
  layouts: Record<Variant, L>;
  states: ChartStates;
  desc: string;
}
interface Entry<K extends string, L> {
  kind: K;
  datasets: string[];
  build: (ds: Dataset[], locale?: Locale) => Built<L>;
  /** Data tables under the figure: dataset and columns (default: all). */
  tables: { dataset: string; columns?: string[]; caption?: string }[];
}
export type StoryChart =
  | Entry<'bars', BarsLayout>
  | Entry<'combo', ComboLayout>
  | Entry<'range', RangeLayout>
  | Entry<'hbar', HBarLayout>
  | Entry<'timeline', TimelineLayout>
  | Entry<'units', UnitsLayout>;

const one = <L>(f: (ds: Dataset, locale: Locale) => Built<L>) => (ds: Dataset[], locale: Locale = 'en') => f(ds[0]!, locale);

export const STORY_CHARTS = {
  traces: {
    kind: 'bars',
    datasets: ['atf-mexico-traces-by-year'],
    build: one((d, l) => traceChart(d, undefined, undefined, l)),
    tables: [{ dataset: 'atf-mexico-traces-by-year', columns: ['year', 'submitted', 'usSourced', 'usShare', 'countType'] }],
  },
  'trace-periods': {
    kind: 'hbar',
    datasets: ['atf-mexico-trace-periods'],
    build: one((d, l) => tracePeriodChart(d, undefined, l)),
    tables: [{ dataset: 'atf-mexico-trace-periods', columns: ['startYear', 'endYear', 'measure', 'usShare', 'submitted', 'usSourced', 'basis'] }],
  },
  estimates: {
    kind: 'range',
    datasets: ['flow-estimates'],
    build: one((d, l) => estimateChart(d, undefined, undefined, l)),
    tables: [{ dataset: 'flow-estimates', columns: ['author', 'year', 'periodCovered', 'low', 'central', 'high', 'statedAs', 'kind', 'method'] }],
  },
  channels: {
    kind: 'hbar',
    datasets: ['trafficking-channels-2017-2021'],
    build: one((d, l) => channelChart(d, undefined, l)),
    tables: [{ dataset: 'trafficking-channels-2017-2021', columns: ['channel', 'share', 'precision'] }],
  },
  'weapon-types': {
    kind: 'hbar',
    datasets: ['traced-weapon-types'],
    build: one((d, l) => panelShareChart(d, undefined, undefined, l)),
    tables: [{ dataset: 'traced-weapon-types', columns: ['period', 'dimension', 'item', 'share', 'base'] }],
  },
  homicides: {
    kind: 'combo',
    datasets: ['inegi-homicides'],
    build: one((d, l) => homicideChart(d, undefined, l)),
    tables: [{ dataset: 'inegi-homicides', columns: ['year', 'total', 'status', 'preliminaryTotal', 'firearmHomicides', 'firearmShare', 'shareRelease'] }],
  },
  'fifty-calibre': {
    kind: 'range',
    datasets: ['fifty-calibre-seizures'],
    build: one((d, l) => fiftyChart(d, l)),
    tables: [{ dataset: 'fifty-calibre-seizures', columns: ['period', 'whatCounted', 'total', 'rifles', 'barrett', 'reportedBy'] }],
  },
  'villa-union': {
    kind: 'range',
    datasets: ['villa-union-accounts'],
    build: one((d, l) => villaUnionChart(d, l)),
    tables: [{ dataset: 'villa-union-accounts', columns: ['reported', 'account', 'publisher', 'deaths', 'attackersKilled', 'policeKilled', 'civiliansKilled', 'vehiclesLow', 'vehiclesHigh'] }],
  },
  seizures: {
    kind: 'range',
    datasets: ['southbound-seizures'],
    build: one((d, l) => seizureChart(d, l)),
    tables: [{ dataset: 'southbound-seizures', columns: ['period', 'agency', 'firearms', 'qualifier', 'measure', 'changePct', 'comparison', 'scope'] }],
  },
  'seizures-fall': {
    kind: 'hbar',
    datasets: ['southbound-seizures'],
    build: one((d, l) => seizurePairChart(d, undefined, l)),
    tables: [{ dataset: 'southbound-seizures', columns: ['period', 'agency', 'firearms', 'qualifier', 'measure', 'changePct', 'comparison', 'scope'] }],
  },
  charges: {
    kind: 'hbar',
    datasets: ['bsca-charges'],
    build: one((d, l) => chargesChart(d, l)),
    tables: [{ dataset: 'bsca-charges', columns: ['date', 'defendants', 'qualifier', 'strawPurchasing', 'counted', 'reportedBy'] }],
  },
  timeline: {
    kind: 'timeline',
    datasets: ['policy-timeline'],
    build: one((d, l) => timelineChart(d, undefined, l)),
    tables: [{ dataset: 'policy-timeline', columns: ['date', 'event', 'category', 'status'] }],
  },
  capacity: {
    kind: 'units',
    datasets: ['atf-capacity'],
    build: one((d, l) => capacityChart(d, l)),
    tables: [{ dataset: 'atf-capacity', columns: ['fiscalYear', 'specialAgents', 'investigators', 'activeLicensees', 'collectorLicensees', 'dealerLicensees', 'licenseesPerInvestigator', 'nonCollectorsPerInvestigator', 'complianceInspections', 'inspectedShare', 'casesInitiated'] }],
  },
} satisfies Record<string, StoryChart>;

export type StoryChartName = keyof typeof STORY_CHARTS;
