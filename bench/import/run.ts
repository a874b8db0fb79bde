/**
 * Indlæs medarbejderdata benchmark (by hand: npx tsx bench/import/run.ts [--rows 45000] [--changed 3000] [--runs 5]).
 * Loads 45,000 employees into the local SharePoint (on disk, list-view threshold 5,000), then measures, through the
 * product's own code and real PnPjs over HTTP:
 *   - reading the existing items (paged by ID: the run fails loudly if it hits the list-view threshold),
 *   - the browser's code path for a 45,000-row SOFD extract (Windows-1252, `;`): decoding and Papa Parse, the
 *     mapping, dates and validation, and the plan against the 45,000 items (target: under 1 second together),
 *   - writing the plan's 3,000 changed rows in `$batch` requests (target: under 30 seconds).
 * Prints medians; asserts nothing but the result's counts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spfi, SPBrowser } from '@pnp/sp';
import { createEmulator } from '../../emulator';
import { BearerAuth } from '../../emulator/pnp';
import { EmployeeImportRepository } from '../../src/features/employees/data/EmployeeImportRepository';
import { readImportFile } from '../../src/features/employees/data/importFile';
import { proposeMapping } from '../../src/features/employees/domain/columnMapping';
import { planImport } from '../../src/features/employees/domain/importDiff';
import { importKey } from '../../src/features/employees/domain/importKey';
import { providedFields, readRows } from '../../src/features/employees/domain/importRows';
import { largeSofd, windows1252 } from '../../test/features/employees/support/files';

const TODAY = '2026-11-27';
const HR = 'lars.ostergaard@norddjurs.dk';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const median = (samples: number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const ms = (n: number): string => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const rows = arg('--rows', 45000);
  const changed = arg('--changed', 3000);
  const runs = arg('--runs', 5);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-'));
  const emu = createEmulator({ dataDir, today: TODAY });
  try {
    const before = readImportFile(windows1252(largeSofd(rows)), 'før.csv');
    const mapping = proposeMapping(before.headers);
    const seed = readRows(before, mapping, TODAY).records.map((r) => ({
      Title: r.values.name,
      MnEmployeeNumber: r.employeeNumber,
      MnEmail: r.values.email,
      MnBirthDate: r.values.birthDate,
      MnSeniorityDate: r.values.seniorityDate,
      MnStartDate: r.values.startDate,
      MnJobTitle: r.values.jobTitle,
      MnWorkplace: r.values.workplace,
    }));
    let t = performance.now();
    emu.admin.addItems('Medarbejdere', seed, { authorEmail: HR });
    console.log(`loaded ${seed.length} employees into Medarbejdere in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const url = await emu.listen(0);
    const repo = new EmployeeImportRepository(spfi(url).using(SPBrowser({ baseUrl: url }), BearerAuth(HR)));
    t = performance.now();
    const existing = await repo.readExisting();
    const readMs = performance.now() - t;
    if (existing.length !== rows) throw new Error(`read ${existing.length} of ${rows} items`);
    console.log(`read ${existing.length} existing items paged by ID over HTTP: ${ms(readMs)}`);

    // Every 15th job title differs: 45,000 / 15 = 3,000 changed rows.
    const file = windows1252(largeSofd(rows, ' (ny)'));
    const parse: number[] = [];
    const validate: number[] = [];
    const diff: number[] = [];
    let plan = planImport([], [], [], { today: TODAY, provided: new Set(), fullExtract: true });
    let key = '';
    for (let r = 0; r < runs; r++) {
      t = performance.now();
      const table = readImportFile(file, 'efter.csv');
      parse.push(performance.now() - t);
      t = performance.now();
      const read = readRows(table, proposeMapping(table.headers), TODAY);
      validate.push(performance.now() - t);
      t = performance.now();
      plan = planImport(read.records, existing, read.errors, { today: TODAY, provided: providedFields(mapping), fullExtract: true, numbersWithErrors: read.numbersWithErrors, rowsWithoutNumber: read.rowsWithoutNumber });
      diff.push(performance.now() - t);
      key = importKey(read.records);
    }
    const total = parse.map((p, i) => p + validate[i] + diff[i]);
    console.log(`${rows} rows (${(file.length / 1e6).toFixed(1)} MB, Windows-1252) against ${existing.length} items, median of ${runs}:`);
    console.log(`  decode + Papa Parse ${ms(median(parse))}, mapping + dates + validation ${ms(median(validate))}, plan ${ms(median(diff))}; together ${ms(median(total))} (target < 1000 ms)`);
    console.log(`  plan: ${JSON.stringify(plan.counts)}`);
    if (plan.counts.changed !== Math.min(changed, Math.ceil(rows / 15))) throw new Error(`expected ${changed} changed rows`);

    const receipt = await repo.beginImport({ fileName: 'efter.csv', key, total: plan.changes.length, counts: plan.counts });
    t = performance.now();
    let batches = 0;
    await repo.writeChanges(plan.changes, receipt, () => batches++);
    const writeMs = performance.now() - t;
    console.log(`wrote ${plan.changes.length} changed rows in ${batches - 1} $batch requests over HTTP: ${(writeMs / 1000).toFixed(1)} s (target < 30 s)`);
    t = performance.now();
    const again = planImport(readRows(readImportFile(file, 'efter.csv'), mapping, TODAY).records, await repo.readExisting(), [], { today: TODAY, provided: providedFields(mapping), fullExtract: true });
    console.log(`the same file again: ${again.changes.length} changes (read and planned in ${ms(performance.now() - t)})`);
  } finally {
    await emu.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
