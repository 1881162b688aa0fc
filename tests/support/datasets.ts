// The real datasets of content/data for unit tests, in either edition (the Spanish overlay
// applied), read from disk through the real schemas; null when a dataset file is missing.
import { existsSync, readFileSync } from 'node:fs';
import { DatasetSchema, type Dataset } from '../../src/schemas/dataset';
import { overlayDataset } from '../../src/lib/data/overlay';
import { DatasetOverlaySchema } from '../../src/schemas/overlays';
import type { Locale } from '../../src/lib/i18n/locales';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

export function loadDataset(id: string, locale: Locale): Dataset | null {
  const file = `content/data/${id}.json`;
  if (!existsSync(file)) return null;
  const base = DatasetSchema.parse(json(file));
  return locale === 'en' ? base : overlayDataset(base, DatasetOverlaySchema.parse(json(`content/data/${locale}/${id}.json`)));
}
