#!/usr/bin/env node
// Proves the suite does not depend on the date it runs on: runs every test except the browser tests under Debian's
// `faketime` at instants where dates go wrong (New Year in Copenhagen, both daylight-saving changes, 29 February, two
// years after the demo data), prints each instant with its counts and fails if any instant fails.
// `npm run test:time-travel` runs them all; `npm run test:time-travel -- 2028-02-29T12:00` one Copenhagen wall time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDebianPackage } from './debian.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const jest = require.resolve('jest/bin/jest');
const results = join(root, 'test-results', 'time-travel');
mkdirSync(results, { recursive: true });

/** Instants as UTC, each named by its wall time in Copenhagen. */
const INSTANTS = [
  { utc: '2026-12-31T22:30:00Z', why: 'New Year\'s Eve 23:30 in Copenhagen (22:30 UTC)' },
  { utc: '2026-12-31T23:30:00Z', why: 'New Year 00:30 in Copenhagen, still 31 December in UTC' },
  { utc: '2027-03-28T00:59:00Z', why: 'daylight saving time starts: 01:59 CET, a minute before the clocks jump' },
  { utc: '2027-03-28T01:01:00Z', why: 'daylight saving time started: 03:01 CEST' },
  { utc: '2027-10-31T00:30:00Z', why: 'daylight saving time ends: 02:30 CEST, the first time' },
  { utc: '2027-10-31T01:30:00Z', why: 'daylight saving time ends: 02:30 CET, the hour that happens twice' },
  { utc: '2028-02-29T11:00:00Z', why: '29 February 12:00 in a leap year' },
  { utc: '2028-11-27T11:00:00Z', why: 'two years after the fixtures\' day (27 November 2026), 12:00' },
];

const copenhagen = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** `2028-02-29T12:00` (Copenhagen wall time) → the UTC instant; ambiguous times take the first occurrence. */
function fromCopenhagen(wall) {
  const guess = Date.parse(`${wall}:00Z`);
  for (const offsetHours of [2, 1]) {
    const ms = guess - offsetHours * 3600e3;
    if (copenhagen.format(new Date(ms)).startsWith(wall.replace('T', ' '))) return new Date(ms).toISOString().replace('.000', '');
  }
  throw new Error(`${wall} does not exist in Copenhagen (the hour skipped when daylight saving time starts)`);
}

const asked = process.argv.slice(2);
const instants = asked.length ? asked.map((wall) => ({ utc: fromCopenhagen(wall), why: 'asked for' })) : INSTANTS;

if (!ensureDebianPackage('faketime', 'faketime')) process.exit(1);

// A check that cannot fail proves nothing: make sure faketime really moves Node's clock here.
const probe = spawnSync('faketime', ['-m', '2031-05-06 07:08:09 UTC', process.execPath, '-e', 'console.log(new Date().toISOString())'], { encoding: 'utf8' });
if (!probe.stdout.startsWith('2031-05-06T07:08')) {
  console.error(`faketime did not move Node's clock (it printed ${JSON.stringify(probe.stdout.trim())}); the time travel would prove nothing.`);
  process.exit(1);
}

const rows = [];
for (const { utc, why } of instants) {
  const json = join(results, `${utc.replace(/[:]/g, '')}.json`);
  const stamp = `${utc.slice(0, 10)} ${utc.slice(11, 19)} UTC`;
  console.log(`\n=== ${copenhagen.format(new Date(utc))} (${utc}): ${why}`);
  const run = spawnSync('faketime', ['-m', stamp, process.execPath, jest, '--testPathIgnorePatterns', '/test/e2e/', '--json', `--outputFile=${json}`], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  let passed = 0;
  let failed = 1;
  if (existsSync(json)) {
    const r = JSON.parse(readFileSync(json, 'utf8'));
    passed = r.numPassedTests;
    failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
    for (const suite of r.testResults) {
      for (const t of suite.assertionResults) if (t.status === 'failed') console.log(`  FAILED ${t.fullName}\n    ${(t.failureMessages[0] ?? '').split('\n')[0]}`);
      if (suite.status === 'failed' && suite.assertionResults.length === 0) console.log(`  FAILED to load ${suite.name}: ${(suite.message ?? '').split('\n').slice(0, 3).join(' ')}`);
    }
  } else {
    console.log(run.stderr.split('\n').slice(-20).join('\n'));
  }
  if (run.status !== 0 && failed === 0) failed = 1;
  rows.push({ utc, local: copenhagen.format(new Date(utc)), passed, failed });
}

console.log('\nTime travel: the suite without browser tests, at each instant');
for (const r of rows) console.log(`  ${r.local.padEnd(24)} ${r.utc}  ${r.passed} passed, ${r.failed} failed`);
const passed = rows.reduce((n, r) => n + r.passed, 0);
const failed = rows.reduce((n, r) => n + r.failed, 0);
const line = `time-travel: ${passed} passed, ${failed} failed`;
writeFileSync(join(results, 'summary.txt'), line + '\n');
console.log(line);
process.exit(failed === 0 && rows.every((r) => r.passed > 0) ? 0 : 1);
