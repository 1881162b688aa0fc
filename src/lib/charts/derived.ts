// Values a chart sentence may state that no dataset field holds: each is computed by a named
// function here from cells the chart entry names, so every number in figure text is either a
// field or a declared `derived` value (content/charts/<id>.json → "derived").
import type { Dataset } from '../../schemas/dataset';
import type { ChartEntry } from '../../schemas/chart';
import { LOCALE_INFO, type Locale } from '../i18n/locales';
import { getRow, num } from '../data/rows';

type Derivation = ChartEntry['derived'][string];

/** The cells a derivation reads, as numbers; throws naming the row and field of a gap. */
function cells(ds: Dataset, d: Derivation): number[] {
  return d.rows.map((id) => {
    const v = num(ds, getRow(ds, id), d.field);
    if (v === null) throw new Error(`Dataset "${ds.id}" row "${id}" has no ${d.field}, which a derived value needs`);
    return v;
  });
}

export const DERIVED: Record<Derivation['fn'], { arity: number; compute: (values: number[], locale: Locale) => string }> = {
  /** Change from the first row to the second, in percent, one decimal, no grouping: "-13.4". */
  percentChange: {
    arity: 2,
    compute: ([a, b], locale) => {
      const change = Math.round(((b! - a!) / a!) * 1000) / 10;
      return new Intl.NumberFormat(LOCALE_INFO[locale].intl, { maximumFractionDigits: 1, useGrouping: false }).format(change);
    },
  },
};

/** Every derived value of a chart entry, formatted for the edition. */
export function derivedValues(entry: Pick<ChartEntry, 'derived'>, ds: Dataset, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.derived).map(([name, d]) => [name, DERIVED[d.fn].compute(cells(ds, d), locale)]));
}
