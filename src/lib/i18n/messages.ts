// UI strings by edition. The catalogs live in src/i18n/<lang>.json; English is the reference
// and every other catalog is checked against it when this module loads, so a missing key stops
// the build. `t(locale)` returns a lookup with typed keys and {placeholder} filling.
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import { checkCatalog, type Catalog } from '../../schemas/messages';
import type { Locale } from './locales';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, as a dotted path: "nav.glossary", "chapter.minutesRead". */
export type MessageKey = Leaves<typeof en>;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const CATALOGS: Record<Locale, Catalog> = {
  en: en as Catalog,
  es: checkCatalog('src/i18n/es.json', es, en as Catalog),
};

function lookup(catalog: Catalog, key: string): string {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No message "${key}" in the catalog`);
  return node;
}

/** Fills {name} placeholders; a placeholder without a value is an error, not a blank. */
export function fill(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`Message "${text}" needs a value for {${name}}`);
    return String(vars[name]);
  });
}

export function t(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, vars) => fill(lookup(catalog, key), vars);
}

/** A whole branch of a catalog, e.g. the strings an island needs, to print into its markup. */
export function branch(locale: Locale, key: string): Catalog {
  let node: string | Catalog | undefined = CATALOGS[locale];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'object') throw new Error(`No message group "${key}" in the catalog`);
  return node;
}

/**
 * A message split around one placeholder, for a sentence with a link or element inside it:
 * around(t, 'notes.intro', 'link') → ["The full bibliography is on the ", "."], with the link
 * printed between the two halves by the component.
 */
export function around(translate: Translate, key: MessageKey, slot: string, vars: Vars = {}): [string, string] {
  const mark = '\u0000';
  const [before = '', after = ''] = translate(key, { ...vars, [slot]: mark }).split(mark);
  return [before, after];
}

/**
 * A message cut at several slots, for placing elements inside it: the text pieces and the slot
 * names in the order the translation puts them ("{csv} or {json}" → ["", {slot: "csv"}, " or ", {slot: "json"}, ""]).
 */
export function slotted(translate: Translate, key: MessageKey, slots: readonly string[], vars: Vars = {}): (string | { slot: string })[] {
  const marks = Object.fromEntries(slots.map((s) => [s, `\u0000${s}\u0000`]));
  return translate(key, { ...vars, ...marks })
    .split(/\u0000([^\u0000]+)\u0000/)
    .map((piece, i) => (i % 2 === 1 ? { slot: piece } : piece));
}
