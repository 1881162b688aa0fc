// One map figure, built from its states and datasets for one edition: the states it shows, the
// layout data the map renderer prints and the share card draws, and the frame it is drawn in.
// <BorderMap> and the card both call this, so the two can never disagree about what a map shows.
import type { Dataset } from '../../schemas/dataset';
import { getDataset } from '../data/get';
import type { Locale } from '../i18n/locales';
import { countyBorderStretch } from './counties';
import { borderLine, mapBase, overlaps, projectLine, projectPoint } from './geometry';
import { layoutMap } from './layers';
import { getMapStates } from './registry';
import { datasetsFor, parseMapStates, type MapStates } from './states';

export interface MapFigureInput {
  id: string;
  /** Space-separated map states, in step order. */
  states: string;
  /** The state drawn at build. */
  initial: string;
  /** Space-separated dataset ids, exactly those its states draw on. */
  datasets: string;
}

/** The figure's states and dataset ids; throws, naming the figure, on a bad state or dataset list. */
function checkedInput(input: MapFigureInput, known: MapStates) {
  const { id } = input;
  let states: string[];
  try {
    states = parseMapStates(input.states, known);
  } catch (e) {
    throw new Error(`<BorderMap id="${id}">: ${(e as Error).message}`);
  }
  const initial = input.initial;
  if (!states.includes(initial)) throw new Error(`<BorderMap id="${id}">: initial "${initial}" is not one of its states (${states.join(', ')})`);
  const ids = input.datasets.split(/\s+/).filter(Boolean);
  const needed = datasetsFor(states, known);
  if (ids.length !== needed.length || needed.some((d) => !ids.includes(d))) {
    throw new Error(`<BorderMap id="${id}">: datasets="${ids.join(' ')}" must be exactly "${needed.join(' ')}" for states ${states.join(', ')}`);
  }
  return { states, initial, ids };
}

/** The figure laid out from states and datasets already read (pure; tests pass them read from disk). */
export function layoutMapFigure(input: MapFigureInput, known: MapStates, byId: Record<string, Dataset>, locale: Locale) {
  const { states, initial, ids } = checkedInput(input, known);
  const base = mapBase();
  const countyStretch = (fips: string) => projectLine(countyBorderStretch(fips, borderLine()));
  const layout = layoutMap({ base, project: projectPoint, countyStretch }, states, known, byId, locale);
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

/** The map's states, datasets, layout and frame, its states and datasets read for the edition. */
export async function buildMapFigure(input: MapFigureInput, locale: Locale) {
  // Read side by side; the dataset list is checked against the states before anything is drawn.
  const listed = input.datasets.split(/\s+/).filter(Boolean);
  const [known, datasets] = await Promise.all([getMapStates(locale), Promise.all(listed.map(async (d) => [d, await getDataset(d, locale)] as const))]);
  return layoutMapFigure(input, known, Object.fromEntries(datasets), locale);
}
