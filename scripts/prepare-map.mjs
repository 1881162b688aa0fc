// Run once (`npm run prepare-map`), not on every build: gathers the map's source outlines from
// their packages (map-outlines.mjs), reconciles the border, fits the projection and simplifies the
// outlines (src/lib/map/prepare.ts), and writes src/assets/map/prepared.json, which the build only
// reads and projects. A unit test checks the committed file is what this script makes.
import { writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { gatherOutlines } from './map-outlines.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/assets/map/prepared.json');

// prepare.ts is TypeScript that the site's unit tests also import; bundle it for Node to run here.
const tmp = mkdtempSync(join(tmpdir(), 'prepare-map-'));
const bundle = join(tmp, 'prepare.mjs');
await build({ entryPoints: [join(root, 'src/lib/map/prepare.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'warning' });
const { prepareMap } = await import(pathToFileURL(bundle).href);
rmSync(tmp, { recursive: true, force: true });
const prepared = prepareMap(gatherOutlines());
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(prepared));
console.log(`wrote ${OUT} (${(JSON.stringify(prepared).length / 1024).toFixed(0)} KB)`);
