// The gate's rules for map states (content/maps): every dataset a state, its layers and its
// values name exists and is listed in the state's `datasets`; every field and row they read
// exists in that dataset; every text key they name is in `text`, and every {placeholder} of a
// sentence is a declared value and no sentence types a digit of its own; each edition's overlay
// has the same text keys and placeholders.
// Pure, like integrity.ts; each error names the file and the field.
import { DatasetSchema, type Dataset } from '../../schemas/dataset';
import { MapStateOverlaySchema, MapStateSchema, type MapLayer, type MapStateEntry, type MapValue } from '../../schemas/map-state';
import type { IntegrityError } from './errors';
import type { RawContent } from './read';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** The dataset fields and text keys one layer reads, as [path, dataset, field] and [path, text key, extra placeholders]. */
function layerRefs(layer: MapLayer): { fields: [string, string, string][]; texts: [string, string, string[]][]; datasets: [string, string][] } {
  switch (layer.kind) {
    case 'outline':
      return { fields: [], texts: [], datasets: [] };
    case 'choropleth':
      return { datasets: [['dataset', layer.dataset]], fields: [['area', layer.dataset, layer.area], ['value', layer.dataset, layer.value]], texts: [['legend.title', layer.legend.title, []]] };
    case 'categories':
      return {
        datasets: [['dataset', layer.dataset], ['label.dataset', layer.label.dataset]],
        fields: [['area', layer.dataset, layer.area], ['field', layer.dataset, layer.field], ['label.match', layer.label.dataset, layer.label.match], ['label.field', layer.label.dataset, layer.label.field]],
        texts: [['legend.title', layer.legend.title, []], ['label.missing', layer.label.missing, []], ...layer.classes.map((c, i): [string, string, string[]] => [`classes[${i}].legend`, c.legend, []])],
      };
    case 'flows':
      return {
        datasets: [['dataset', layer.dataset]],
        fields: [['from', layer.dataset, layer.from], ['to', layer.dataset, layer.to], ['size', layer.dataset, layer.size]],
        texts: [['legend.title', layer.legend.title, []], ['legend.item', layer.legend.item, ['n']]],
      };
    case 'segments':
      return { datasets: [['dataset', layer.dataset]], fields: [['county', layer.dataset, layer.county]], texts: [] };
    case 'points':
      return { datasets: [['dataset', layer.dataset]], fields: ['lon', 'lat', 'label', 'style'].map((k): [string, string, string] => [k, layer.dataset, layer[k as 'lon']]), texts: [] };
    case 'labels':
      return { datasets: [['dataset', layer.dataset]], fields: ['lon', 'lat', 'label'].map((k): [string, string, string] => [k, layer.dataset, layer[k as 'lon']]), texts: [] };
    case 'note':
      return { datasets: [], fields: [], texts: [['text', layer.text, []]] };
  }
}

/** The same for one declared value; a list item sentence may use the row's fields and the parts of its split. */
function valueRefs(v: MapValue, datasets: Map<string, Dataset>): { fields: [string, string][]; item?: { key: string; allowed: string[] } } {
  if ('period' in v) return { fields: [] };
  if (!('derived' in v)) return { fields: [['field', v.field]] };
  if (v.derived === 'count') return { fields: [] };
  if (v.derived === 'range') return { fields: [['field', v.field]] };
  const fields: [string, string][] = [];
  if (v.field) fields.push(['field', v.field]);
  if (v.sortBy) fields.push(['sortBy', v.sortBy]);
  if (v.where) fields.push(['where.field', v.where.field]);
  if (v.split) fields.push(['split.field', v.split.field]);
  const rowFields = datasets.get(v.dataset)?.fields.map((f) => f.key) ?? [];
  return { fields, item: v.item ? { key: v.item, allowed: [...rowFields, ...(v.split?.into ?? [])] } : undefined };
}

function checkEntry(file: string, entry: MapStateEntry, datasets: Map<string, Dataset>, errors: IntegrityError[]): void {
  const push = (field: string, value: unknown, message: string) => errors.push({ file, field, value, message });
  entry.datasets.forEach((d, i) => { if (!datasets.has(d)) push(`datasets[${i}]`, d, 'unknown dataset id'); });
  const listed = (field: string, id: string) => {
    if (!entry.datasets.includes(id)) push(field, id, `is not in this state's "datasets" (${entry.datasets.join(', ') || 'none'})`);
    return datasets.get(id);
  };
  const hasField = (field: string, id: string, key: string) => {
    const ds = datasets.get(id);
    if (ds && !ds.fields.some((f) => f.key === key)) push(field, key, `dataset "${id}" has no field "${key}" (fields: ${ds.fields.map((f) => f.key).join(', ')})`);
  };
  /** Text keys a sentence is used as, with the placeholders allowed besides declared values. */
  const texts: [string, string, string[] | 'only'][] = [];
  entry.layers.forEach((layer, i) => {
    const refs = layerRefs(layer);
    for (const [path, id] of refs.datasets) listed(`layers[${i}].${path}`, id);
    for (const [path, id, key] of refs.fields) hasField(`layers[${i}].${path}`, id, key);
    for (const [path, key, extra] of refs.texts) texts.push([`layers[${i}].${path}`, key, extra]);
  });
  for (const [name, v] of Object.entries(entry.values)) {
    const ds = listed(`values.${name}.dataset`, v.dataset);
    if (!ds) continue;
    const refs = valueRefs(v, datasets);
    for (const [path, key] of refs.fields) hasField(`values.${name}.${path}`, v.dataset, key);
    if ('row' in v && !ds.rows.some((r) => r.id === v.row)) push(`values.${name}.row`, v.row, `dataset "${v.dataset}" has no row "${v.row}"`);
    if (refs.item) texts.push([`values.${name}.item`, refs.item.key, refs.item.allowed]);
  }
  texts.push(['text.describe', 'describe', []]);
  for (const [key, text] of Object.entries(entry.text)) {
    if (/\d/.test(text)) push(`text.${key}`, text, 'has a digit: a number or year in a map sentence comes from a dataset, as a {placeholder} declared in "values"');
  }
  const listItems = new Set(texts.filter(([path]) => path.endsWith('.item') && path.startsWith('values.')).map(([, key]) => key));
  for (const [path, key, extra] of texts) {
    const text = entry.text[key];
    if (text === undefined) { push(path, key, `no text "${key}" in "text"`); continue; }
    for (const name of placeholders(text)) {
      // A list item's sentence reads its row; every other sentence reads declared values.
      const ok = listItems.has(key) ? (extra as string[]).includes(name) : name in entry.values || (extra as string[]).includes(name);
      if (!ok) push(`text.${key}`, `{${name}}`, listItems.has(key) ? `is not a field of the listed dataset or a part of its split` : `is not declared in "values" (every number and year in a map sentence comes from a dataset)`);
    }
  }
}

/** Every rule on map states and their edition overlays. */
export function checkMapStates(content: RawContent): IntegrityError[] {
  const errors: IntegrityError[] = [];
  const datasets = new Map<string, Dataset>();
  for (const e of content.entries.filter((x) => x.collection === 'datasets' && !x.error)) {
    const parsed = DatasetSchema.safeParse(e.data);
    if (parsed.success) datasets.set(e.id, parsed.data);
  }
  const bases = new Map<string, MapStateEntry>();
  for (const e of content.entries.filter((x) => x.collection === 'maps' && !x.error)) {
    const parsed = MapStateSchema.safeParse(e.data);
    if (!parsed.success) continue; // the schema errors are reported by integrity.ts
    bases.set(e.id, parsed.data);
    checkEntry(e.file, parsed.data, datasets, errors);
  }
  for (const e of (content.editions ?? []).filter((x) => x.collection === 'maps' && !x.error)) {
    const base = bases.get(e.id);
    const parsed = MapStateOverlaySchema.safeParse(e.data);
    if (!base || !parsed.success) continue; // reported by editions.ts
    const keys = (t: Record<string, string>) => Object.keys(t).sort().join(', ');
    if (keys(base.text) !== keys(parsed.data.text)) errors.push({ file: e.file, field: 'text', message: `must have the text keys of content/maps/${e.id}.json: ${keys(base.text)}` });
    for (const [key, text] of Object.entries(parsed.data.text)) {
      const english = base.text[key];
      if (english !== undefined && placeholders(english).sort().join() !== placeholders(text).sort().join()) errors.push({ file: e.file, field: `text.${key}`, value: text, message: `must use the placeholders of the English text: ${placeholders(english).map((p) => `{${p}}`).join(' ') || 'none'}` });
    }
  }
  return errors;
}
