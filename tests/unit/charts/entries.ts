// The chart entries of content/charts, read with the memo-free raw reader and parsed by the
// real schema, and a helper that builds one entry on any dataset (the goldens use fixtures).
import { readContent } from '../../../src/lib/content/read';
import { ChartOverlaySchema, ChartSchema, type ChartEntry } from '../../../src/schemas/chart';
import type { Dataset } from '../../../src/schemas/dataset';
import { buildChart, overlayChart } from '../../../src/lib/charts/build';
import type { Built } from '../../../src/lib/charts/types/context';
import type { Locale } from '../../../src/lib/i18n/locales';

const content = readContent(process.cwd());

/** Every chart entry by id, for one edition. */
export function chartEntries(locale: Locale = 'en'): Record<string, ChartEntry> {
  const base = content.entries.filter((e) => e.collection === 'charts');
  return Object.fromEntries(
    base.map((e) => {
      const entry = ChartSchema.parse(e.data);
      if (locale === 'en') return [e.id, entry];
      const twin = content.editions?.find((x) => x.collection === 'charts' && x.locale === locale && x.id === e.id);
      if (!twin) throw new Error(`no ${locale} overlay for chart ${e.id}`);
      return [e.id, overlayChart(entry, ChartOverlaySchema.parse(twin.data))];
    }),
  );
}

/**
 * The content entry `id` built on `data` (its own datasets or fixtures), typed by the caller's
 * layout; `change` adapts the entry to a fixture (e.g. states naming the fixture's rows).
 */
export function builtChart<L>(id: string, data: Dataset[], change: (entry: ChartEntry) => ChartEntry = (e) => e, locale: Locale = 'en'): Built<L> {
  const entry = chartEntries(locale)[id];
  if (!entry) throw new Error(`no content/charts/${id}.json`);
  return buildChart(id, change(entry), data, locale).built as Built<L>;
}

/** States `all` plus one per row id, each emphasising its row (what a row-by-row story uses). */
export const rowStates = (ids: string[]): ChartEntry['states'] => ({
  summary: 'all',
  names: ['all', ...ids],
  marks: Object.fromEntries(ids.map((id) => [`row-${id}`, { emph: [id] }])),
});
