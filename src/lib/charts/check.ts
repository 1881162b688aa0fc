// The integrity gate's rules for chart entries (content/charts): the type exists, every
// dataset, field role, row, table column and placeholder points at something real, the states
// are consistent, and each edition's overlay has the same text keys and placeholders. Pure:
// the gate passes parsed entries in and gets errors naming file and field back.
import type { ChartEntry, ChartText } from '../../schemas/chart';
import { ChartOverlaySchema } from '../../schemas/chart';
import type { Dataset } from '../../schemas/dataset';
import type { IntegrityError } from '../content/errors';
import { cellRef, placeholders } from './chart-text';
import { DERIVED } from './derived';
import { CHART_TYPES, isChartType, textSpecs } from './types/registry';

interface ChartFile {
  file: string;
  id: string;
  data: ChartEntry;
}
interface OverlayFile {
  file: string;
  id: string;
  collection: string;
  locale?: string;
  data?: unknown;
}

/** Every template of a text block with its dotted key: "desc", "kinds.model-based". */
function templates(text: ChartText): [string, string][] {
  return Object.entries(text).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : Object.entries(v).map(([g, t]) => [`${k}.${g}`, t] as [string, string])));
}

function checkEntry({ file, data: e }: ChartFile, datasets: Map<string, Dataset>): IntegrityError[] {
  const errors: IntegrityError[] = [];
  const err = (field: string, value: unknown, message: string) => errors.push({ file, field, value, message });
  if (!isChartType(e.type)) err('type', e.type, `no such chart type (known: ${Object.keys(CHART_TYPES).join(', ')})`);
  e.datasets.forEach((d, i) => datasets.has(d) || err(`datasets[${i}]`, d, 'unknown dataset id'));
  const ds = datasets.get(e.datasets[0]!);
  const hasField = (d: Dataset, key: string) => d.fields.some((f) => f.key === key);
  const hasRow = (id: string) => ds!.rows.some((r) => r.id === id);
  if (isChartType(e.type)) {
    const type = CHART_TYPES[e.type] as { roles: string[]; optional?: string[] };
    const known = [...type.roles, ...(type.optional ?? [])];
    for (const role of type.roles) if (!(role in e.fields)) err(`fields.${role}`, undefined, `chart type "${e.type}" needs this role: name the dataset field that feeds it`);
    for (const role of Object.keys(e.fields)) if (!known.includes(role)) err(`fields.${role}`, e.fields[role], `not a role of chart type "${e.type}" (roles: ${known.join(', ')})`);
    errors.push(...checkTexts(file, e, textSpecs(CHART_TYPES[e.type].texts)));
  }
  if (!ds) return errors;
  for (const [role, key] of Object.entries(e.fields)) if (!hasField(ds, key)) err(`fields.${role}`, key, `dataset "${ds.id}" has no field "${key}"`);
  (e.rows ?? []).forEach((id, i) => hasRow(id) || err(`rows[${i}]`, id, `dataset "${ds.id}" has no row "${id}"`));
  for (const [name, d] of Object.entries(e.derived)) {
    if (!hasField(ds, d.field)) err(`derived.${name}.field`, d.field, `dataset "${ds.id}" has no field "${d.field}"`);
    d.rows.forEach((id, i) => hasRow(id) || err(`derived.${name}.rows[${i}]`, id, `dataset "${ds.id}" has no row "${id}"`));
    if (d.rows.length !== DERIVED[d.fn].arity) err(`derived.${name}.rows`, d.rows, `${d.fn} takes ${DERIVED[d.fn].arity} rows`);
  }
  const states = new Set(e.states.names);
  if (!states.has(e.states.summary)) err('states.summary', e.states.summary, 'must be one of states.names');
  for (const [mark, rule] of Object.entries(e.states.marks)) {
    for (const s of [...(rule.show ?? []), ...(rule.emph ?? [])]) if (!states.has(s)) err(`states.marks.${mark}`, s, 'names a state that is not in states.names');
    if (mark.startsWith('row-') && !hasRow(mark.slice(4))) err(`states.marks.${mark}`, mark.slice(4), `dataset "${ds.id}" has no row "${mark.slice(4)}"`);
  }
  e.tables.forEach((t, i) => {
    const td = datasets.get(t.dataset);
    if (!e.datasets.includes(t.dataset)) err(`tables[${i}].dataset`, t.dataset, 'must be one of the chart’s datasets');
    else if (td) (t.columns ?? []).forEach((c, j) => hasField(td, c) || err(`tables[${i}].columns[${j}]`, c, `dataset "${td.id}" has no field "${c}"`));
  });
  for (const [key, template] of templates(e.text)) {
    for (const name of placeholders(template)) {
      const ref = cellRef(name);
      if (!ref) continue;
      if (!hasRow(ref.row)) err(`text.${key}`, `{${name}}`, `dataset "${ds.id}" has no row "${ref.row}"`);
      else if (!hasField(ds, ref.field)) err(`text.${key}`, `{${name}}`, `dataset "${ds.id}" has no field "${ref.field}"`);
    }
  }
  return errors;
}

/** The texts a type reads are there, in the right shape, and use only placeholders someone fills. */
function checkTexts(file: string, e: ChartEntry, specs: ReturnType<typeof textSpecs>): IntegrityError[] {
  const errors: IntegrityError[] = [];
  for (const [key, spec] of Object.entries(specs)) {
    const text = e.text[key];
    if (text === undefined) {
      if (!spec.optional) errors.push({ file, field: `text.${key}`, message: `chart type "${e.type}" needs this text` });
    } else if (spec.group !== (typeof text === 'object')) {
      errors.push({ file, field: `text.${key}`, message: spec.group ? 'must be a group of labels: { "value": "label" }' : 'must be one sentence or label' });
    }
  }
  for (const [key, template] of templates(e.text)) {
    const spec = specs[key.split('.')[0]!];
    if (!spec) {
      errors.push({ file, field: `text.${key}`, message: `not a text of chart type "${e.type}" (texts: ${Object.keys(specs).join(', ')})` });
      continue;
    }
    for (const name of placeholders(template)) {
      if (spec.vars.includes(name) || name in e.derived || cellRef(name)) continue;
      errors.push({ file, field: `text.${key}`, value: `{${name}}`, message: `no value for this placeholder: the type fills ${spec.vars.map((v) => `{${v}}`).join(' ') || 'none here'}; use {rowId.field} or declare it under "derived"` });
    }
  }
  return errors;
}

/** An overlay must have the English entry's text keys, each with the same placeholders. */
function checkOverlay(base: ChartFile, overlay: OverlayFile): IntegrityError[] {
  const parsed = ChartOverlaySchema.safeParse(overlay.data);
  if (!parsed.success) return []; // the editions rules report schema errors
  const en = new Map(templates(base.data.text));
  const tr = new Map(templates(parsed.data.text));
  const errors: IntegrityError[] = [];
  const sorted = (t: string) => [...new Set(placeholders(t))].sort().join(' ');
  for (const [key, t] of en) {
    const twin = tr.get(key);
    if (twin === undefined) errors.push({ file: overlay.file, field: `text.${key}`, message: `missing: ${base.file} has this text` });
    else if (sorted(twin) !== sorted(t)) errors.push({ file: overlay.file, field: `text.${key}`, value: twin, message: `must use the placeholders of ${base.file}: ${sorted(t) || '(none)'}` });
  }
  for (const key of tr.keys()) if (!en.has(key)) errors.push({ file: overlay.file, field: `text.${key}`, message: `${base.file} has no such text` });
  return errors;
}

export function checkCharts(charts: ChartFile[], datasets: Dataset[], editions: OverlayFile[]): IntegrityError[] {
  const byId = new Map(datasets.map((d) => [d.id, d]));
  const errors = charts.flatMap((c) => checkEntry(c, byId));
  for (const overlay of editions.filter((e) => e.collection === 'charts')) {
    const base = charts.find((c) => c.id === overlay.id);
    if (base) errors.push(...checkOverlay(base, overlay));
  }
  return errors;
}
