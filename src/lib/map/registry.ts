// The map states of an edition, read from the `maps` content collection (content/maps/<state>.json)
// with the edition's words laid over each (content/maps/<lang>/<state>.json). Build time only.
import { getCollection } from 'astro:content';
import type { MapStateEntry } from '../../schemas/map-state';
import { editionId } from '../data/get';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { overlayMapState, type MapStates } from './states';

const cache = new Map<Locale, Promise<MapStates>>();

/** The map states by id, read once per edition and build. */
export function getMapStates(locale: Locale = DEFAULT_LOCALE): Promise<MapStates> {
  if (!cache.has(locale)) cache.set(locale, readMapStates(locale));
  return cache.get(locale)!;
}

async function readMapStates(locale: Locale): Promise<MapStates> {
  const [bases, texts] = await Promise.all([getCollection('maps'), locale === DEFAULT_LOCALE ? [] : getCollection('mapText')]);
  const words = new Map(texts.map((e) => [e.id, e.data]));
  return new Map(
    bases.map(({ data }): [string, MapStateEntry] => {
      if (locale === DEFAULT_LOCALE) return [data.id, data];
      const text = words.get(editionId(locale, data.id));
      if (!text) throw new Error(`No ${locale} text for map state "${data.id}": add content/maps/${locale}/${data.id}.json`);
      return [data.id, overlayMapState(data, text)];
    }),
  );
}
