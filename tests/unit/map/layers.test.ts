// layoutMap() on small hand-made datasets and map states (not copies of the real ones): which
// marks each state draws, how values become classes, widths and labels, how two states share a
// mark, the text alternative from declared values, and that labels do not collide.
import { describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset } from '@schemas/dataset';
import { mapBase, type Point } from '@lib/map/geometry';
import { binOf, layoutMap, MAX_FLOW_WIDTH, spreadStarts } from '@lib/map/layers';
import { MapStateSchema } from '@schemas/map-state';
import { labelBox, placeLabels } from '@lib/map/labels';

const meta = { period: { start: '2020', end: '2021' }, caveats: ['A test fixture, not real data.'], method: 'Made up for the unit tests.', licence: 'CC0 test fixture' };
const ds = (d: object): Dataset => DatasetSchema.parse({ ...meta, ...d });
const sources = ds({
  id: 'fixture-sources', title: 'Fixture sources', description: 'Two states with made-up counts.', sources: ['fixture'],
  fields: [{ key: 'state', label: 'State', type: 'text' }, { key: 'stateCode', label: 'Code', type: 'text' }, { key: 'count', label: 'Count', type: 'count', unit: 'guns' }],
  rows: [{ id: 'tx', state: 'Texas', stateCode: 'TX', count: 6000 }, { id: 'az', state: 'Arizona', stateCode: 'AZ', count: 900 }],
});
const corridors = ds({
  id: 'fixture-corridors', title: 'Fixture corridors', description: 'Two made-up corridors.', sources: ['fixture'],
  fields: ['from', 'fromName', 'to', 'toName'].map((key) => ({ key, label: key, type: 'text' })).concat([{ key: 'count', label: 'Count', type: 'count', unit: 'guns' } as never]),
  rows: [{ id: 'a', from: 'AZ', fromName: 'Arizona', to: 'MX-SON', toName: 'Sonora', count: 200 }, { id: 'b', from: 'TX', fromName: 'Texas', to: 'MX-TAM', toName: 'Tamaulipas', count: 100 }],
});
const project = (p: Point): Point => [p[0] * 10, p[1] * 10];
const geo = { base: mapBase(), project, countyStretch: (fips: string) => `M${fips},0` };
const BREAKS = [1000, 2500, 5000];
const flowLayer = (emphasis: boolean) => ({ kind: 'flows', dataset: 'fixture-corridors', from: 'from', to: 'to', size: 'count', emphasis, valueLabels: emphasis, legend: { title: 'flowTitle', item: 'flowItem', values: [100, 1000] } });
const entries = new Map(
  [
    { id: 'border-states', datasets: [], border: 'emphasised', layers: [{ kind: 'outline', areas: ['TX', 'AZ'], style: 'us', names: true }], text: { describe: 'Outlined: two states.' } },
    {
      id: 'sources', datasets: ['fixture-sources'],
      layers: [{ kind: 'choropleth', dataset: 'fixture-sources', area: 'stateCode', value: 'count', breaks: BREAKS, legend: { title: 'title' } }],
      values: { order: { derived: 'list', dataset: 'fixture-sources', field: 'state', sortBy: 'count', join: 'then' } },
      text: { title: 'Fixture counts', describe: 'Shaded: {order}.' },
    },
    { id: 'corridors', datasets: ['fixture-corridors'], layers: [flowLayer(true)], text: { flowTitle: 'Fixture flows', flowItem: '{n} units', describe: 'Arrows.' } },
    { id: 'context', datasets: ['fixture-corridors'], layers: [flowLayer(false)], text: { flowTitle: 'Fixture flows', flowItem: '{n} units', describe: 'Arrows, faded.' } },
  ].map((e) => [e.id, MapStateSchema.parse(e)]),
);
const data = { 'fixture-sources': sources, 'fixture-corridors': corridors };

describe('binOf()', () => {
  it('puts values into the classes of the legend', () => {
    expect(binOf(BREAKS[0]! - 1, BREAKS)).toBe(1);
    expect(binOf(BREAKS[0]!, BREAKS)).toBe(2);
    expect(binOf(BREAKS[2]! + 1, BREAKS)).toBe(4);
  });
});

describe('layoutMap()', () => {
  const states = ['border-states', 'sources', 'corridors'];
  const layout = layoutMap(geo, states, entries, data);

  it('only tags marks with states the figure shows', () => {
    const all = [...layout.fills, ...layout.outlines, ...layout.flows, ...layout.labels, ...layout.legends, ...layout.notes];
    for (const m of all) for (const s of m.states ?? []) expect(states).toContain(s);
  });

  it('shades each area by its class and labels it with its value', () => {
    expect(layout.fills.map((f) => [f.area, f.cls])).toEqual([['TX', 'map__bin map__bin--4'], ['AZ', 'map__bin map__bin--1']]);
    expect(layout.labels.find((l) => l.id === 'choropleth-fixture-sources-TX')?.lines).toEqual(['Texas', '6,000']);
  });

  it('writes the choropleth legend from the breaks', () => {
    expect(layout.legends[0]!.items.map((i) => i.label)).toEqual(['under 1,000', '1,000–2,499', '2,500–4,999', '5,000 or more', 'no count published']);
  });

  it('sizes flow lines by their field, the largest at the maximum width, and leaves out legend values far above the largest', () => {
    expect(layout.flows.map((f) => f.width)).toEqual([MAX_FLOW_WIDTH, MAX_FLOW_WIDTH / 2]);
    expect(layout.flows.every((f) => f.emph?.includes('corridors'))).toBe(true);
    expect(layout.legends.find((l) => l.id === 'flows-fixture-corridors')!.items.map((i) => i.label)).toEqual(['100 units']);
  });

  it('draws a mark two states declare alike once, shown in both, emphasised where its layer says so', () => {
    const both = layoutMap(geo, ['corridors', 'context'], entries, data);
    expect(both.flows.map((f) => [f.states, f.emph])).toEqual([[['corridors', 'context'], ['corridors']], [['corridors', 'context'], ['corridors']]]);
    expect(both.legends.map((l) => l.states)).toEqual([['corridors', 'context']]);
    expect(both.labels.filter((l) => l.id.startsWith('flow-')).map((l) => l.states)).toEqual([['corridors'], ['corridors']]);
  });

  it('drops marks whose states the figure does not show', () => {
    const only = layoutMap(geo, ['sources'], entries, data);
    expect(only.flows).toEqual([]);
    expect(only.outlines).toEqual([]);
    expect(only.borderEmph).toEqual([]);
    expect(Object.keys(only.describe)).toEqual(['sources']);
  });

  it('writes each state’s text alternative from its declared values', () => {
    expect(layout.describe.sources).toBe('Shaded: Texas, then Arizona.');
    expect(layout.borderEmph).toEqual(['border-states']);
  });

  it('names the state when a layer draws a dataset it does not list', () => {
    const bad = new Map(entries);
    bad.set('sources', { ...entries.get('sources')!, datasets: [] });
    expect(() => layoutMap(geo, ['sources'], bad, {})).toThrow(/content\/maps\/sources\.json: a layer draws dataset "fixture-sources", which is not in its "datasets"/);
  });

  it('keeps labels of the same state apart', () => {
    const shown = layout.labels.filter((l) => !l.states || l.states.includes('sources'));
    const boxes = shown.map((l) => labelBox(l.at, l.lines, l.anchor));
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      const overlapX = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
      const overlapY = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
      expect(overlapX <= 0 || overlapY <= 0).toBe(true);
    }));
  });

  it('writes labels at a row’s position with no marker, long names on two lines', () => {
    const regions = ds({
      id: 'fixture-regions', title: 'Fixture regions', description: 'One made-up region name at a made-up place.', sources: ['fixture'],
      fields: [{ key: 'name', label: 'Name', type: 'text' }, { key: 'lon', label: 'Longitude', type: 'number', unit: 'degrees' }, { key: 'lat', label: 'Latitude', type: 'number', unit: 'degrees' }],
      rows: [{ id: 'north', name: 'Fixture northern region', lon: -100, lat: 30 }],
    });
    const state = MapStateSchema.parse({ id: 'regions', datasets: ['fixture-regions'], layers: [{ kind: 'labels', dataset: 'fixture-regions', lon: 'lon', lat: 'lat', label: 'name' }], text: { describe: 'Named: one region.' } });
    const only = layoutMap(geo, ['regions'], new Map([['regions', state]]), { 'fixture-regions': regions });
    expect(only.points).toEqual([]);
    expect(only.labels.filter((l) => l.id.startsWith('label-')).map((l) => [l.lines, l.states, l.cls])).toEqual([[['Fixture', 'northern region'], ['regions'], 'map__place']]);
  });

  it('is deterministic', () => {
    expect(layoutMap(geo, states, entries, data)).toEqual(layout);
  });
});

describe('placeLabels()', () => {
  it('moves a label that would cover another one', () => {
    const [a, b] = placeLabels([{ id: 'a', at: [100, 100], lines: ['Nuevo León'] }, { id: 'b', at: [105, 102], lines: ['Tamaulipas'] }]);
    expect(a!.at).toEqual([100, 100]);
    expect(b!.at).not.toEqual([105, 102]);
  });
  it('keeps fixed labels where they are', () => {
    const [a] = placeLabels([{ id: 'a', at: [10, 10], lines: ['MEXICO'], fixed: true }], [[0, 0, 50, 50]]);
    expect(a!.at).toEqual([10, 10]);
  });
});

describe('spreadStarts()', () => {
  it('gives corridors from the same state distinct, evenly spaced starts', () => {
    const from: Point = [0, 0];
    const starts = spreadStarts([{ id: 'w', from, to: [-100, 100] }, { id: 'e', from, to: [100, 100] }, { id: 'x', from: [50, 0], to: [50, 90] }], 10);
    const [w, e] = [starts.get('w')!, starts.get('e')!];
    expect(Math.hypot(w[0] - e[0], w[1] - e[1])).toBeCloseTo(10, 5);
    expect(starts.get('x')).toEqual([50, 0]);
  });
});

describe('flowShape()', () => {
  it('ends the arrowhead exactly on the destination and the line where the head begins', async () => {
    const { flowShape } = await import('@lib/map/flows');
    const shape = flowShape([0, 0], [100, 0], 10);
    expect(shape.head.startsWith('M100,0L')).toBe(true);
    const end = shape.d.split(' ').at(-1)!.split(',').map(Number);
    expect(end[0]).toBeLessThan(100);
    expect(() => flowShape([1, 1], [1, 1], 4)).toThrow(/two different points/);
  });
});
