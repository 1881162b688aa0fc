// The values a map state's sentences may print, each declared in its entry (content/maps):
// a dataset cell, a dataset's period, or a derivation computed here from a dataset (a range,
// a row count, a list of rows). Sentences never carry their own numbers or years. Pure.
import type { Dataset, Row } from '../../schemas/dataset';
import type { MapStateEntry, MapValue } from '../../schemas/map-state';
import { getField, getRow, str } from '../data/rows';
import { formatCount, formatValue } from '../format/value';
import type { Locale } from '../i18n/locales';
import { fill, t, type Vars } from '../i18n/messages';

export interface ValueContext {
  datasets: Readonly<Record<string, Dataset>>;
  /** The entry's text in the edition (list items may be sentences of it). */
  text: MapStateEntry['text'];
  locale: Locale;
}

const dataset = (ctx: ValueContext, id: string): Dataset => {
  const ds = ctx.datasets[id];
  if (!ds) throw new Error(`the map state draws on dataset "${id}" but it was not loaded: list it in the entry's "datasets"`);
  return ds;
};

/** A cell as the reader sees it (counts grouped, shares with %, years as written). */
export const cellText = (ds: Dataset, row: Row, key: string, locale: Locale): string => formatValue(row[key], getField(ds, key), undefined, locale);

/** Joins list items in the edition's words. */
function join(items: string[], how: 'comma' | 'semicolon' | 'and' | 'then', locale: Locale): string {
  const tr = t(locale);
  if (how === 'comma') return items.join(', ');
  if (how === 'semicolon') return items.join('; ');
  if (how === 'and') return items.join(` ${tr('map.listAnd', { list: '', last: '' }).trim()} `);
  return items.length ? items.reduce((list, next) => tr('map.then', { list, next })) : '';
}

type Derived<K extends string> = Extract<MapValue, { derived: K }>;

/** The derivations a value may declare, by name. */
const DERIVATIONS = {
  /** "81–82%": the lowest and highest value of a field (one value when they are equal). */
  range(v: Derived<'range'>, ctx: ValueContext): string {
    const ds = dataset(ctx, v.dataset);
    const values = ds.rows.map((r) => r[v.field]).filter((x): x is number => typeof x === 'number');
    if (values.length === 0) throw new Error(`dataset "${ds.id}" has no numbers in "${v.field}" to take a range of`);
    const field = getField(ds, v.field);
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    const fmt = (n: number) => formatValue(n, field, undefined, ctx.locale);
    return lo === hi ? fmt(lo) : `${fmt(lo).replace(/%$/, '')}–${fmt(hi)}`;
  },
  /** The number of rows, in words below ten ("two"). */
  count(v: Derived<'count'>, ctx: ValueContext): string {
    const n = dataset(ctx, v.dataset).rows.length;
    const words = t(ctx.locale)('map.numberWords').split(' ');
    return words[n] ?? formatCount(n, ctx.locale);
  },
  /** The rows (those matching `where`, largest first when `sortBy` is set), each as a field or a sentence, joined. */
  list(v: Derived<'list'>, ctx: ValueContext): string {
    const ds = dataset(ctx, v.dataset);
    let rows = ds.rows.filter((r) => {
      if (!v.where) return true;
      const value = str(ds, r, v.where.field) ?? '';
      return (!v.where.is || v.where.is.includes(value)) && (!v.where.not || !v.where.not.includes(value));
    });
    if (v.sortBy) rows = [...rows].sort((a, b) => Number(b[v.sortBy!]) - Number(a[v.sortBy!]));
    const item = (r: Row): string => {
      if (v.field) return cellText(ds, r, v.field, ctx.locale);
      const vars: Vars = Object.fromEntries(ds.fields.map((f) => [f.key, r[f.key] === null || r[f.key] === undefined ? '' : cellText(ds, r, f.key, ctx.locale)]));
      if (v.split) {
        const whole = cellText(ds, r, v.split.field, ctx.locale);
        const parts = whole.split(v.split.on);
        // A value that does not split is printed whole.
        if (parts.length < v.split.into.length) return whole;
        v.split.into.forEach((name, i) => (vars[name] = i === v.split!.into.length - 1 ? parts.slice(i).join(v.split!.on) : parts[i]!));
      }
      return fill(textOf(ctx, v.item!), vars);
    };
    return join(rows.map(item), v.join, ctx.locale);
  },
};

function textOf(ctx: ValueContext, key: string): string {
  const text = ctx.text[key];
  if (text === undefined) throw new Error(`the map state has no text "${key}"`);
  return text;
}

/** One declared value as reader text. */
export function valueText(v: MapValue, ctx: ValueContext): string {
  if ('derived' in v) return (DERIVATIONS[v.derived] as (v: MapValue, ctx: ValueContext) => string)(v, ctx);
  const ds = dataset(ctx, v.dataset);
  if ('period' in v) return ds.period.start === ds.period.end ? ds.period.start : `${ds.period.start}–${ds.period.end}`;
  return cellText(ds, getRow(ds, v.row), v.field, ctx.locale);
}

/** A sentence of the entry with its {placeholders} filled from its declared values (and `extra`, e.g. a legend's {n}). */
export function stateText(entry: MapStateEntry, key: string, ctx: ValueContext, extra: Vars = {}): string {
  const text = textOf(ctx, key);
  const used = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((name) => !(name in extra));
  const vars: Vars = { ...extra };
  for (const name of used) {
    const v = entry.values[name];
    if (!v) throw new Error(`content/maps/${entry.id}.json › text.${key}: {${name}} is not declared in "values"`);
    vars[name] = valueText(v, ctx);
  }
  return fill(text, vars);
}
