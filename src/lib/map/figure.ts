// One map figure, built from its datasets for one edition: the states it shows, the layout data
// the map renderer prints and the share card draws, and the frame it is drawn in. <BorderMap>
// and the card both call this, so the two can never disagree about what a map shows.
import type { Dataset } from '../../schemas/dataset';
import { getDataset } from '../data/get';
import type { Locale } from '../i18n/locales';
import { countyBorderStretch } from './counties';
import { borderLine, mapBase, overlaps, projectLine, projectPoint } from './geometry';
import { layoutMap, type MapData } from './layers';
import { datasetsFor, parseMapStates, type MapState } from './states';

export interface MapFigureInput {
  id: string;
  /** Space-separated map states, in step order. */
  states: string;
  /** The state drawn at build. */
  initial: string;
  /** Space-separated dataset ids, exactly those its states draw on. */
  datasets: string;
}

/** The dataset ids a figure lists; throws, naming the figure, on a bad state or dataset list. */
function checkedInput(input: MapFigureInput) {
  const { id } = input;
  const states = parseMapStates(input.states);
  const initial = input.initial as MapState;
  if (!states.includes(initial)) throw new Error(`<BorderMap id="${id}">: initial "${initial}" is not one of its states (${states.join(', ')})`);
  const ids = input.datasets.split(/\s+/).filter(Boolean);
  const needed = datasetsFor(states);
  if (ids.length !== needed.length || needed.some((d) => !ids.includes(d))) {
    throw new Error(`<BorderMap id="${id}">: datasets="${ids.join(' ')}" must be exactly "${needed.join(' ')}" for states ${states.join(', ')}`);
  }
  return { states, initial, ids };
}

/** The figure laid out from datasets already read (pure; tests pass datasets read from disk). */
export function layoutMapFigure(input: MapFigureInput, byId: Record<string, Dataset>, locale: Locale) {
  const { states, initial, ids } = checkedInput(input);
  const crossings = byId['sedena-crossings-2019'];
  const data: MapData = {
    sources: byId['trace-source-states-2022-2023'],
    corridors: byId['trace-corridors-2022-2023'],
    cartelShare: byId['cartel-dominance-share'],
    dealers: byId['border-dealers'],
    saleRules: byId['border-state-sale-rules'],
    places: ['army-store-locations', 'villa-union-location'].flatMap((d) => (byId[d] ? [{ dataset: byId[d], project: projectPoint }] : [])),
    crossings: crossings && {
      dataset: crossings,
      stretches: Object.fromEntries(crossings.rows.map((r) => [r.id, projectLine(countyBorderStretch(String(r.usCountyFips), borderLine()))])),
    },
  };
  const base = mapBase();
  const layout = layoutMap(base, states, data, projectPoint, locale);
  const [[x0, y0], [x1, y1]] = base.frame;
  return {
    states,
    initial,
    datasets: ids,
    base,
    layout,
    viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`,
    areas: base.areas.filter((a) => overlaps(a.bounds, base.frame)),
  };
}

/** The map's states, datasets, layout and frame, its datasets read for the edition. */
export async function buildMapFigure(input: MapFigureInput, locale: Locale) {
  const { ids } = checkedInput(input);
  const byId = Object.fromEntries(await Promise.all(ids.map(async (d) => [d, await getDataset(d, locale)] as const)));
  return layoutMapFigure(input, byId, locale);
}
