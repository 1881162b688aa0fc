// The map states of content/maps for unit tests, in either edition (the edition's words laid
// over each), read from disk through the real schemas: what lib/map/registry.ts gives the build.
import { readdirSync, readFileSync } from 'node:fs';
import { MapStateOverlaySchema, MapStateSchema, type MapStateEntry } from '../../src/schemas/map-state';
import { overlayMapState, type MapStates } from '../../src/lib/map/states';
import type { Locale } from '../../src/lib/i18n/locales';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** Every map state of `<root>/maps`, by id, in an edition's words. */
export function loadMapStates(locale: Locale, root = 'content'): MapStates {
  return new Map(
    readdirSync(`${root}/maps`).filter((f) => f.endsWith('.json')).map((f): [string, MapStateEntry] => {
      const base = MapStateSchema.parse(json(`${root}/maps/${f}`));
      return [base.id, locale === 'en' ? base : overlayMapState(base, MapStateOverlaySchema.parse(json(`${root}/maps/${locale}/${f}`)))];
    }),
  );
}
