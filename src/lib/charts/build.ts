// Lays out one chart entry from its datasets, for one edition, without Astro: the figure
// (figure.ts) and the unit tests both call it, so they draw the same thing.
import type { ChartEntry, ChartOverlay } from '../../schemas/chart';
import type { Dataset } from '../../schemas/dataset';
import type { Locale } from '../i18n/locales';
import { chartContext } from './types/context';
import { CHART_TYPES, isChartType, type ChartType } from './types/registry';

/** An entry with another edition's words laid over it (numbers, ids and fields stay English). */
export const overlayChart = (entry: ChartEntry, overlay: ChartOverlay): ChartEntry => ({ ...entry, text: overlay.text });

/** The entry's type and its built layouts, states and text alternative; throws naming the chart on an unknown type. */
export function buildChart(id: string, entry: ChartEntry, data: Dataset[], locale: Locale) {
  if (!isChartType(entry.type)) throw new Error(`content/charts/${id}.json › type = "${entry.type}": no such chart type (known: ${Object.keys(CHART_TYPES).join(', ')})`);
  const type = CHART_TYPES[entry.type] as ChartType;
  return { kind: type.kind, built: type.build(data, chartContext(id, entry, data, locale)) };
}
