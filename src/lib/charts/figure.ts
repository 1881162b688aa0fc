// One story chart, built from its content entry and datasets for one edition: the layout data
// the chart renderer prints and the share card draws. <ChartFigure> and the card both call
// this, so the two can never disagree about what a chart shows.
import { getDataset } from '../data/get';
import type { Locale } from '../i18n/locales';
import type { ChartEntry } from '../../schemas/chart';
import { buildChart } from './build';
import { getChart } from './entries';
import type { Built } from './types/context';
import type { ChartKind, ChartType, StoryChartName } from './types/registry';

export interface ChartFigureInput {
  chart: StoryChartName;
  /** The dataset ids written in the chapter (`dataset` or space-separated `datasets`). */
  datasets: string[];
  /** Build-time state, when one is asked for (default: the chart's summary state). */
  state?: string;
}

/** What ChartFigure reads from an entry: the renderer, the datasets it credits and its data tables. */
export interface ChartSpec<K extends ChartKind = ChartKind> {
  kind: K;
  datasets: string[];
  tables: ChartEntry['tables'];
}

/** The chart entry with its built layouts; throws, naming the chart, on an unknown chart, dataset list or state. */
export async function buildChartFigure({ chart, datasets, state }: ChartFigureInput, locale: Locale) {
  // The entry and the datasets the chapter names load together (one wait, as a figure's
  // render timing decides where Astro prints shared scripts); then the two lists must agree.
  const [entry, ...data] = await Promise.all([getChart(chart, locale), ...datasets.map((d) => getDataset(d, locale))] as const);
  if (datasets.join(' ') !== entry.datasets.join(' ')) {
    throw new Error(`<ChartFigure chart="${chart}">: dataset attribute "${datasets.join(' ')}" must be "${entry.datasets.join(' ')}"`);
  }
  const { kind, built } = buildChart(chart, entry, data, locale);
  if (state && !built.states.names.includes(state)) throw new Error(`<ChartFigure chart="${chart}" state="${state}">: unknown state (known: ${built.states.names.join(', ')})`);
  const states = state ? { ...built.states, initial: state } : built.states;
  const spec: ChartSpec = { kind, datasets: entry.datasets, tables: entry.tables };
  return { kind, spec, built: { ...built, states } } as ChartBuild;
}

/** A built chart, narrowed by kind so each renderer receives its own layout type. */
export type ChartBuild = {
  [K in ChartKind]: { kind: K; spec: ChartSpec<K>; built: Built<Extract<ChartType, { kind: K }> extends { build: (...a: never[]) => Built<infer L> } ? L : never> };
}[ChartKind];
