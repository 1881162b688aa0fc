// What a chart type builder receives: its content entry (with the edition's words laid over),
// lookups that fail naming the entry and the missing role, its words, and its states compiled
// from the entry into the tag rules the renderers read.
import type { ChartEntry } from '../../../schemas/chart';
import type { Dataset } from '../../../schemas/dataset';
import type { Locale } from '../../i18n/locales';
import { chartWords, type ChartWords } from '../chart-text';
import { derivedValues } from '../derived';
import type { Variant } from '../scales';
import type { ChartStates, StateRules } from '../states';

export interface Built<L> {
  layouts: Record<Variant, L>;
  states: ChartStates;
  desc: string;
}

export interface ChartContext extends ChartWords {
  id: string;
  entry: ChartEntry;
  locale: Locale;
  /** The field key a role names; throws when the entry does not give the role. */
  field: (role: string) => string;
  /** The field key of an optional role, when the entry gives it and the dataset has that field. */
  optional: (role: string) => string | undefined;
  /** The category value a role names (first of a list). */
  value: (role: string) => string;
  /** A number from `options`, or the fallback. */
  option: <T extends number | [number, number]>(name: string, fallback: T) => T;
  /** The entry's states as tag rules; `$name` marks take their tag from `found` (what the type found in the data). */
  states: (found?: Record<string, string>) => ChartStates;
}

/** Tag rules from an entry's `states.marks`, with `$name` keys replaced by the tags the type found. */
export function compileStates(id: string, states: ChartEntry['states'], found: Record<string, string> = {}): ChartStates {
  const rules: StateRules = {};
  for (const [mark, rule] of Object.entries(states.marks)) {
    const tag = mark.startsWith('$') ? found[mark.slice(1)] : mark;
    if (tag === undefined) throw new Error(`Chart "${id}": states.marks.${mark} is not a mark this chart type finds (it finds: ${Object.keys(found).map((k) => `$${k}`).join(', ') || 'none'})`);
    const before = rules[tag];
    rules[tag] = before ? { show: rule.show ?? before.show, emph: [...(before.emph ?? []), ...(rule.emph ?? [])] } : { ...(rule.show ? { show: rule.show } : {}), ...(rule.emph ? { emph: rule.emph } : {}) };
  }
  return { initial: states.summary, names: states.names, rules };
}

export function chartContext(id: string, entry: ChartEntry, data: Dataset[], locale: Locale): ChartContext {
  const ds = data[0]!;
  const has = (key: string) => ds.fields.some((f) => f.key === key);
  const words = chartWords(id, entry.text, ds, derivedValues(entry, ds, locale), locale);
  return {
    ...words,
    id,
    entry,
    locale,
    field(role) {
      const key = entry.fields[role];
      if (!key) throw new Error(`Chart "${id}" (type ${entry.type}) needs fields.${role}`);
      return key;
    },
    optional: (role) => (entry.fields[role] && has(entry.fields[role]!) ? entry.fields[role] : undefined),
    value(role) {
      const v = entry.values[role];
      if (v === undefined) throw new Error(`Chart "${id}" (type ${entry.type}) needs values.${role}`);
      return Array.isArray(v) ? v[0]! : v;
    },
    option: (name, fallback) => (entry.options[name] ?? fallback) as typeof fallback,
    states: (found) => compileStates(id, entry.states, found),
  };
}
