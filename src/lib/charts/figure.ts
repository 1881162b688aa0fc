// One story chart, built from its datasets for one edition: the layout data the chart renderer
// prints and the share card draws. <ChartFigure> and the card both call this, so the two can
// never disagree about what a chart shows.
import { getDataset } from '../data/get';
import type { Locale } from '../i18n/locales';
import { STORY_CHARTS, type StoryChart, type StoryChartName } from './specs/registry';

export interface ChartFigureInput {
  chart: StoryChartName;
  /** The dataset ids written in the chapter (`dataset` or space-separated `datasets`). */
  datasets: string[];
  /** Build-time state, when one is asked for (default: the chart's summary state). */
  state?: string;
}

/** The registry entry with its built layouts; throws, naming the chart, on an unknown chart, dataset list or state. */
export async function buildChartFigure({ chart, datasets, state }: ChartFigureInput, locale: Locale) {
  const spec = STORY_CHARTS[chart] as StoryChart | undefined;
  if (!spec) throw new Error(`<ChartFigure chart="${chart}">: no such chart (known: ${Object.keys(STORY_CHARTS).join(', ')})`);
  if (datasets.join(' ') !== spec.datasets.join(' ')) {
    throw new Error(`<ChartFigure chart="${chart}">: dataset attribute "${datasets.join(' ')}" must be "${spec.datasets.join(' ')}"`);
  }
  const data = await Promise.all(spec.datasets.map((d) => getDataset(d, locale)));
  const built = spec.build(data, locale);
  if (state && !built.states.names.includes(state)) throw new Error(`<ChartFigure chart="${chart}" state="${state}">: unknown state (known: ${built.states.names.join(', ')})`);
  const states = state ? { ...built.states, initial: state } : built.states;
  return { kind: spec.kind, spec, built: { ...built, states } } as ChartBuild;
}

/** A built chart, narrowed by kind so each renderer receives its own layout type. */
export type ChartBuild = {
  [K in StoryChart['kind']]: { kind: K; spec: Extract<StoryChart, { kind: K }>; built: ReturnType<Extract<StoryChart, { kind: K }>['build']> };
}[StoryChart['kind']];
