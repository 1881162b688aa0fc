// Build-time accessor for chart entries (content/charts), per edition: the English entry with
// the edition's words laid over it. Throws, naming the file, on a chart that does not exist.
import { getEntry } from 'astro:content';
import type { ChartEntry } from '../../schemas/chart';
import { editionId } from '../data/get';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { overlayChart } from './build';

export async function getChart(id: string, locale: Locale = DEFAULT_LOCALE): Promise<ChartEntry> {
  const entry = await getEntry('charts', id);
  if (!entry) throw new Error(`<ChartFigure chart="${id}">: no such chart: add content/charts/${id}.json`);
  if (locale === DEFAULT_LOCALE) return entry.data;
  const text = await getEntry('chartText', editionId(locale, id));
  if (!text) throw new Error(`No ${locale} text for chart "${id}": add content/charts/${locale}/${id}.json`);
  return overlayChart(entry.data, text.data);
}
