// The gate's chart rules (src/lib/charts/check.ts): the real chart entries pass, and each
// kind of broken reference in an entry or its Spanish overlay is reported with file and field.
import { describe, expect, it } from 'vitest';
import { checkCharts } from '../../../src/lib/charts/check';
import { readContent } from '../../../src/lib/content/read';
import { ChartSchema, type ChartEntry } from '../../../src/schemas/chart';
import { DatasetSchema } from '../../../src/schemas/dataset';

const content = readContent(process.cwd());
const datasets = content.entries.filter((e) => e.collection === 'datasets').map((e) => DatasetSchema.parse(e.data));
const charts = content.entries.filter((e) => e.collection === 'charts').map((e) => ({ file: e.file, id: e.id, data: ChartSchema.parse(e.data) }));
const overlays = (content.editions ?? []).filter((e) => e.collection === 'charts');
const traces = charts.find((c) => c.id === 'traces')!;

/** The errors for the `traces` entry changed by `edit` (and its overlay, if given). */
function errorsFor(edit: (e: ChartEntry) => ChartEntry, overlay?: unknown) {
  const entry = { ...traces, data: edit(structuredClone(traces.data)) };
  const twin = overlays.find((o) => o.id === 'traces')!;
  return checkCharts([entry], datasets, [{ ...twin, data: overlay ?? twin.data }]).map((e) => `${e.file} › ${e.field}: ${e.message}`);
}

describe('chart entries in the gate', () => {
  it('passes every chart in content/charts and its overlays', () => {
    expect(charts.length).toBeGreaterThan(10);
    expect(checkCharts(charts, datasets, overlays)).toEqual([]);
  });
  it('names an unknown type', () => {
    expect(errorsFor((e) => ({ ...e, type: 'pie' }))).toEqual([expect.stringMatching(/^content\/charts\/traces\.json › type: no such chart type/)]);
  });
  it('names an unknown dataset', () => {
    expect(errorsFor((e) => ({ ...e, datasets: ['no-such-data'] }))).toContain('content/charts/traces.json › datasets[0]: unknown dataset id');
  });
  it('names a missing role, a role the type does not have and a field the dataset does not have', () => {
    const errors = errorsFor((e) => ({ ...e, fields: { year: 'year', total: 'submitted', colour: 'usShare', part: 'usSourcedd' } }));
    expect(errors).toContain('content/charts/traces.json › fields.colour: not a role of chart type "annual-bars" (roles: year, total, part, share, kind)');
    expect(errors).toContain('content/charts/traces.json › fields.part: dataset "atf-mexico-traces-by-year" has no field "usSourcedd"');
    expect(errorsFor((e) => ({ ...e, fields: { year: 'year', total: 'submitted' } }))).toEqual([expect.stringMatching(/› fields\.part: chart type "annual-bars" needs this role/)]);
  });
  it('names a state rule on an unknown row or state, and an unknown summary', () => {
    const errors = errorsFor((e) => ({ ...e, states: { summary: 'none', names: ['all'], marks: { 'row-1999': { emph: ['all'] }, gap: { emph: ['gapz'] } } } }));
    expect(errors).toContain('content/charts/traces.json › states.summary: must be one of states.names');
    expect(errors).toContain('content/charts/traces.json › states.marks.row-1999: dataset "atf-mexico-traces-by-year" has no row "1999"');
    expect(errors).toContain('content/charts/traces.json › states.marks.gap: names a state that is not in states.names');
  });
  it('names a table column the dataset does not have', () => {
    expect(errorsFor((e) => ({ ...e, tables: [{ dataset: 'atf-mexico-traces-by-year', columns: ['year', 'colour'] }] }))).toEqual(['content/charts/traces.json › tables[0].columns[1]: dataset "atf-mexico-traces-by-year" has no field "colour"']);
  });
  it('names a cell placeholder or derived value on a row or field that does not exist', () => {
    const errors = errorsFor((e) => ({ ...e, text: { ...e.text, unit: 'In {1999.submitted}' }, derived: { change: { fn: 'percentChange', field: 'submitted', rows: ['2019', '1999'] } } }), { text: { ...(overlays.find((o) => o.id === 'traces')!.data as { text: object }).text, unit: 'En {1999.submitted}' } });
    expect(errors).toContain('content/charts/traces.json › text.unit: dataset "atf-mexico-traces-by-year" has no row "1999"');
    expect(errors).toContain('content/charts/traces.json › derived.change.rows[1]: dataset "atf-mexico-traces-by-year" has no row "1999"');
  });
  it('names an overlay text that is missing or changes its placeholders', () => {
    const text = { ...(overlays.find((o) => o.id === 'traces')!.data as { text: Record<string, string> }).text };
    delete text.unit;
    const errors = errorsFor((e) => e, { text: { ...text, callout: '{n} de EE. UU.' } });
    expect(errors).toContain('content/charts/es/traces.json › text.unit: missing: content/charts/traces.json has this text');
    expect(errors).toContain('content/charts/es/traces.json › text.callout: must use the placeholders of content/charts/traces.json: share');
  });
});

describe('chart sentences in the gate', () => {
  it('names a text the type needs, a text it does not read, and a placeholder nobody fills', () => {
    const errors = errorsFor((e) => {
      const text: ChartEntry['text'] = { ...e.text, colour: 'Blue', descLatest: 'In {yeer}, {total} were submitted.' };
      delete text.unit;
      return { ...e, text };
    });
    expect(errors).toContain('content/charts/traces.json › text.unit: chart type "annual-bars" needs this text');
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^content\/charts\/traces\.json › text\.colour: not a text of chart type "annual-bars"/)]));
    expect(errors).toContain('content/charts/traces.json › text.descLatest: no value for this placeholder: the type fills {year} {total} {part}; use {rowId.field} or declare it under "derived"');
  });
  it('accepts a declared derived value and a cell in a sentence', () => {
    const errors = errorsFor((e) => ({ ...e, text: { ...e.text, unit: 'Firearms ({change}% since {2007.year})' }, derived: { change: { fn: 'percentChange', field: 'submitted', rows: ['2007', '2024'] } } }));
    expect(errors.filter((x) => x.startsWith('content/charts/traces.json'))).toEqual([]);
  });
});
