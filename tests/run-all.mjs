// `npm test`: type-check, unit tests, one build, then the browser tests against that build.
// Stops at the first failing stage and ends with one summary line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
for (const f of ['vitest.json', 'playwright.json']) rmSync(`test-results/${f}`, { force: true });
const run = (label, cmd, args, env = {}) => {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${label} finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${r.status})`);
  return r.status === 0;
};
const counts = { passed: 0, failed: 0 };
const tally = () => {
  if (existsSync('test-results/vitest.json')) {
    const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
    counts.passed += v.numPassedTests ?? 0;
    counts.failed += v.numFailedTests ?? 0;
  }
  if (existsSync('test-results/playwright.json')) {
    const p = JSON.parse(readFileSync('test-results/playwright.json', 'utf8')).stats ?? {};
    counts.passed += (p.expected ?? 0) + (p.flaky ?? 0);
    counts.failed += p.unexpected ?? 0;
  }
};
const finish = (ok) => {
  tally();
  if (!ok && counts.failed === 0) counts.failed = 1;
  console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
  process.exit(ok ? 0 : 1);
};

const only = process.argv[2];
const stages = [
  ['types', 'astro', ['check']],
  ['unit', 'vitest', ['run', '-c', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']],
  ['build', 'astro', ['build']],
  ['browser', 'playwright', ['test', '-c', 'tests/playwright.config.ts'], { PW_JSON: `${process.cwd()}/test-results/playwright.json` }],
];
for (const [label, cmd, args, env] of stages) {
  if (only && only !== label) continue;
  if (!run(label, cmd, args, env)) finish(false);
}
finish(true);
