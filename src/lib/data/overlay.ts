// Lays an edition's words over an English base entry. Pure: the base keeps every number, id,
// date and source list; the overlay replaces reader text only. A dataset's overlay names each
// field, and each row's note and text cells, by key, so a row can never lose or gain a value.
import type { Dataset } from '../../schemas/dataset';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Source } from '../../schemas/source';
import type { Update } from '../../schemas/update';
import type { DatasetOverlay, GlossaryOverlay, SourceOverlay, UpdateOverlay } from '../../schemas/overlays';

export const overlayGlossary = (base: GlossaryTerm, text: GlossaryOverlay): GlossaryTerm & { en: string } => ({ ...base, term: text.term, definition: text.definition, en: base.term });
export const overlayUpdate = (base: Update, text: UpdateOverlay): Update => ({ ...base, summary: text.summary });
export const overlaySource = (base: Source, text: SourceOverlay): Source => ({
  ...base,
  usedFor: text.usedFor,
  ...(text.note ? { note: text.note } : {}),
  // A described (untitled) work or an annotated publisher is our wording, so it is translated and marked as the edition's language.
  ...(text.publisher ? { publisher: text.publisher } : {}),
  ...(text.title ? { title: text.title } : {}),
});

export function overlayDataset(base: Dataset, text: DatasetOverlay): Dataset {
  const textKeys = new Set(base.fields.filter((f) => f.type === 'text').map((f) => f.key));
  return {
    ...base,
    title: text.title,
    description: text.description,
    caveats: text.caveats,
    method: text.method,
    licence: text.licence,
    fields: base.fields.map((f) => {
      const t = text.fields[f.key];
      if (!t) return f;
      return { ...f, label: t.label, ...(t.unit ? { unit: t.unit } : {}), ...(t.derived ? { derived: t.derived } : {}), ...(t.labels ? { labels: t.labels } : {}) };
    }),
    rows: base.rows.map((row) => {
      const t = text.rows[row.id];
      if (!t) return row;
      const out = { ...row };
      for (const [key, value] of Object.entries(t)) if (key === 'note' || textKeys.has(key)) out[key] = value;
      return out;
    }),
  };
}

/** What an overlay misses or adds against its base: the gate reports each as an error. */
export function datasetOverlayProblems(base: Dataset, text: DatasetOverlay): string[] {
  const problems: string[] = [];
  if (text.caveats.length !== base.caveats.length) problems.push(`caveats: ${text.caveats.length} given, the English has ${base.caveats.length}`);
  const keys = new Set(base.fields.map((f) => f.key));
  for (const f of base.fields) {
    const t = text.fields[f.key];
    if (!t) { problems.push(`fields.${f.key}: missing`); continue; }
    if (!!f.unit !== !!t.unit) problems.push(`fields.${f.key}.unit: ${f.unit ? 'missing' : 'the English field has no unit'}`);
    if (f.labels && Object.keys(f.labels).some((k) => !t.labels?.[k])) problems.push(`fields.${f.key}.labels: every English label needs its translation`);
  }
  for (const k of Object.keys(text.fields)) if (!keys.has(k)) problems.push(`fields.${k}: no such field in the English dataset`);
  const textKeys = base.fields.filter((f) => f.type === 'text').map((f) => f.key);
  for (const row of base.rows) {
    const t = text.rows[row.id] ?? {};
    if (row.note && !t.note) problems.push(`rows.${row.id}.note: missing`);
    for (const k of textKeys) if (typeof row[k] === 'string' && !t[k]) problems.push(`rows.${row.id}.${k}: missing`);
  }
  const rowIds = new Set(base.rows.map((r) => r.id));
  for (const [id, t] of Object.entries(text.rows)) {
    if (!rowIds.has(id)) problems.push(`rows.${id}: no such row in the English dataset`);
    for (const k of Object.keys(t)) if (k !== 'note' && !textKeys.includes(k)) problems.push(`rows.${id}.${k}: only a note or a text field can be translated`);
  }
  return problems;
}
