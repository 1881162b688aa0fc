// Adding a chart of an existing type touches only content/: on a copy of the project with the
// fixture content, a new chart entry (content/charts/, with its Spanish overlay) and a
// <ChartFigure> in both editions of the fixture chapter build into a page that shows the
// chart's bars, title, text alternative (with a cell value and a derived value) and data table.
// A mistake in the entry (unknown type, unknown field) stops the build naming file and field.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, project, removeProjects } from '../support/fixture-site';

afterAll(removeProjects);

const ENTRY = {
  type: 'value-bars',
  datasets: ['traces-fixture'],
  fields: { label: 'year', value: 'submitted' },
  rows: ['2007', '2010'],
  derived: { change: { fn: 'percentChange', field: 'submitted', rows: ['2007', '2010'] } },
  states: { summary: 'all', names: ['all'] },
  tables: [{ dataset: 'traces-fixture', columns: ['year', 'submitted'] }],
  text: { desc: 'Fixture firearms submitted for tracing: {2007.submitted} in {2007.year} and {2010.submitted} in {2010.year}, a change of {change}%.' },
};
const OVERLAY = { text: { desc: 'Armas de prueba enviadas a rastreo: {2007.submitted} en {2007.year} y {2010.submitted} en {2010.year}, un cambio de {change}%.' } };
const FIGURE = (title: string) => `\n<ChartFigure chart="fixture-submitted" dataset="traces-fixture" id="fixture-submitted" title="${title}" />\n`;

/** A project copy with the new chart written into content/ only; `entry` may plant a mistake. */
function withChart(entry: Record<string, unknown> = ENTRY): string {
  return project((dir) => {
    writeFileSync(join(dir, 'content/charts/fixture-submitted.json'), JSON.stringify(entry, null, 2));
    writeFileSync(join(dir, 'content/charts/es/fixture-submitted.json'), JSON.stringify(OVERLAY, null, 2));
    const add = (file: string, title: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + FIGURE(title));
    add('content/chapters/fixture-chapter.mdx', 'Fixture submissions grew between the two reports');
    add('content/chapters/es/fixture-chapter.mdx', 'Las entregas de prueba crecieron entre los dos informes');
  });
}

describe('a chart added in content only', { timeout: 180_000 }, () => {
  it('builds into both editions with its bars, title, text alternative and table', () => {
    const dir = withChart();
    const r = build(dir);
    expect(r.output).toContain('Complete!');
    expect(r.status).toBe(0);
    const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
    const en = page('chapters/fixture-chapter');
    const figure = en.slice(en.indexOf('id="fig-fixture-submitted"'));
    expect(figure).toContain('Fixture submissions grew between the two reports');
    expect(figure.match(/data-mark="row-(2007|2010)"/g)?.length, 'one bar per row at each width').toBeGreaterThanOrEqual(2);
    expect(figure).toContain('Fixture firearms submitted for tracing: 100 in 2007 and 250 in 2010, a change of 150%.');
    expect(figure).toMatch(/<table[\s\S]*?Submitted for tracing[\s\S]*?250[\s\S]*?<\/table>/);
    const es = page('es/chapters/fixture-chapter');
    expect(es).toContain('Las entregas de prueba crecieron entre los dos informes');
    expect(es).toContain('Armas de prueba enviadas a rastreo: 100 en 2007 y 250 en 2010, un cambio de 150%.');
  });

  it('stops on an unknown chart type, naming the file and field', () => {
    const r = build(withChart({ ...ENTRY, type: 'pie' }));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/charts/fixture-submitted.json › type = "pie": no such chart type');
  });

  it('stops on a field the dataset does not have, naming the file and field', () => {
    const r = build(withChart({ ...ENTRY, fields: { label: 'year', value: 'usSourced' } }));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/charts/fixture-submitted.json › fields.value = "usSourced": dataset "traces-fixture" has no field "usSourced"');
  });
});
