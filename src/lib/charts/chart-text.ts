// The words of a chart entry, filled: a type asks for a sentence by its key and passes the
// values it computed; `{rowId.field}` placeholders read a dataset cell (formatted for the
// edition) and declared `derived` names their computed value. No chart sentence lives in code.
import type { ChartText } from '../../schemas/chart';
import type { Dataset } from '../../schemas/dataset';
import { formatValue } from '../format/value';
import type { Locale } from '../i18n/locales';
import { getField, getRow } from '../data/rows';

export type Vars = Record<string, string | number>;

/** Placeholder names in a template: "{year} and {2024.total}" → ["year", "2024.total"]. */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{([\w.-]+)\}/g)].map((m) => m[1]!);

/** A `{rowId.field}` placeholder split at its last dot, or null for a plain name. */
export function cellRef(name: string): { row: string; field: string } | null {
  const i = name.lastIndexOf('.');
  return i < 0 ? null : { row: name.slice(0, i), field: name.slice(i + 1) };
}

export interface ChartWords {
  /** A sentence or label, filled; throws naming the chart and key when it is missing or a value is. */
  say: (key: string, vars?: Vars) => string;
  /** A group of labels keyed by category value (e.g. `kinds`). */
  group: (key: string) => Record<string, string>;
}

export function chartWords(chart: string, text: ChartText, ds: Dataset, derived: Record<string, string>, locale: Locale): ChartWords {
  const fill = (key: string, template: string, vars: Vars) =>
    template.replace(/\{([\w.-]+)\}/g, (_, name: string) => {
      if (name in vars) return String(vars[name]);
      if (name in derived) return derived[name]!;
      const ref = cellRef(name);
      if (ref) return formatValue(getRow(ds, ref.row)[ref.field], getField(ds, ref.field), undefined, locale);
      throw new Error(`Chart "${chart}" text "${key}" needs a value for {${name}}`);
    });
  return {
    say(key, vars = {}) {
      const template = text[key];
      if (typeof template !== 'string') throw new Error(`Chart "${chart}" has no text "${key}" (content/charts/${chart}.json → text.${key})`);
      return fill(key, template, vars);
    },
    group(key) {
      const g = text[key];
      if (typeof g !== 'object') throw new Error(`Chart "${chart}" has no label group "${key}" (content/charts/${chart}.json → text.${key})`);
      return g;
    },
  };
}
