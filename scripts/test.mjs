#!/usr/bin/env node
// Runs every test (jest, one configuration: jest.config.js) and ends with the plain line "N passed, N failed".
// Extra arguments go to jest, e.g. `npm test -- test/domain`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const jest = require.resolve('jest/bin/jest');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const json = join(results, 'jest.json');

const run = spawnSync(process.execPath, [jest, '--json', `--outputFile=${json}`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
let line = '0 passed, 1 failed';
if (existsSync(json)) {
  const r = JSON.parse(readFileSync(json, 'utf8'));
  const failedSuites = r.numFailedTestSuites ?? 0;
  // A suite that fails to load counts as a failure even when it ran no test.
  const failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + (failedSuites > 0 && r.numFailedTests === 0 ? failedSuites : 0);
  line = `${r.numPassedTests} passed, ${failed} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : '');
}
writeFileSync(join(results, 'summary.txt'), line + '\n');
console.log(line);
process.exit(run.status ?? 1);
