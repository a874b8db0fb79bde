#!/usr/bin/env node
// Runs every test (jest, one configuration: jest.config.js) and ends with the plain line "N passed, N failed".
// Extra arguments go to jest, e.g. `npm test -- test/domain`.
// The browser tests need Chromium (or Chrome or Edge): found on the machine, or Debian's installed first (scripts/browser.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_ENV, findBrowser } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const jest = require.resolve('jest/bin/jest');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const json = join(results, 'jest.json');

const args = process.argv.slice(2);
const paths = args.filter((a) => !a.startsWith('-'));
const needsBrowser = paths.length === 0 || paths.some((p) => /e2e/.test(p));
const env = { ...process.env };
if (needsBrowser) {
  const browser = findBrowser();
  if (!browser) {
    writeFileSync(join(results, 'summary.txt'), '0 passed, 1 failed\n');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  env[BROWSER_ENV] = browser;
}

const run = spawnSync(process.execPath, [jest, '--json', `--outputFile=${json}`, ...args], { cwd: root, stdio: 'inherit', env });
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
