/**
 * Navnenyt reader benchmark (by hand: npx tsx bench/navnenyt/run.ts [--items 100000] [--people 45000] [--runs 40]).
 * Loads 100,000 Navnenyt items over ten years and 45,000 privacy choices into the local SharePoint (on disk, with
 * SharePoint's list-view threshold of 5,000), then measures what one render of the reader costs:
 *   - the repository's queries (the indexed event-date window, then the people's choices in one $batch),
 *   - the domain's preparation (consent, windows, grouping, Danish sorting),
 * through the product's own repositories and real PnPjs. Prints medians and 95th percentiles; asserts nothing.
 * The queries must not hit the list-view threshold at this size: the run fails loudly if they do.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createEmulator } from '../../emulator';
import { addDays } from '../../src/shared/domain/dates';
import { indexPrivacyChoices } from '../../src/features/privacy/domain/consent';
import { selectForReader } from '../../src/features/navnenyt/domain/navnenytReader';
import { createRepositories } from '../../test/support/repositories';
import { spAs } from '../../test/emulator/helpers';

const TODAY = '2026-11-27';
const TYPES = ['Fødselsdag', 'Jubilæum', 'Ny medarbejder', 'Pension', 'Fratrædelse'];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`;
}

async function main(): Promise<void> {
  const items = arg('--items', 100000);
  const people = arg('--people', 45000);
  const runs = arg('--runs', 40);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'navnenyt-bench-'));
  const emu = createEmulator({ dataDir, today: TODAY });

  let t = performance.now();
  const ids = emu.admin.addUsers(Array.from({ length: people }, (_, i) => ({ email: `medarbejder${i}@norddjurs.dk`, title: `Medarbejder ${i}` })));
  const choiceRows = ids.map((id, i) => ({ Title: `Medarbejder ${i}`, MnEmployeeId: id, MnIntranetBirthday: i % 10 !== 0, MnIntranetJubilee: true, MnIntranetAge: i % 3 !== 0, MnIntranetNewColleague: true, MnIntranetRetirement: true }));
  // Registered by HR (a member of the HR group): choices count only from the person or HR, never from anyone else.
  emu.admin.addItems('Privatlivsvalg', choiceRows, { authorEmail: 'lars.ostergaard@norddjurs.dk' });
  const start = Date.UTC(2021, 0, 1);
  const rows = Array.from({ length: items }, (_, i) => ({
    Title: `Medarbejder ${i % people}`,
    MnEmployeeId: ids[(i * 7919) % people],
    MnEventType: TYPES[i % TYPES.length],
    MnEventDate: new Date(start + (i % 3650) * 86400000).toISOString().slice(0, 10),
    MnYears: TYPES[i % TYPES.length] === 'Jubilæum' ? 25 : 50,
    MnArea: `Område ${i % 12}`,
    MnConsentConfirmed: true,
  }));
  emu.admin.addItems('Navnenyt', rows, { authorEmail: 'lars.ostergaard@norddjurs.dk' });
  console.log(`loaded ${items} navnenyt items and ${people} privacy choices in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const repos = createRepositories(spAs(emu, 'jonas.nielsen@norddjurs.dk'), emu.siteUrl);
  const window = { from: addDays(TODAY, -30), to: addDays(TODAY, 14) };
  const query: number[] = [];
  const choicesOnly: number[] = [];
  const prepare: number[] = [];
  let shown = 0;
  let fetched = 0;
  for (let r = 0; r < runs; r++) {
    t = performance.now();
    const feed = await repos.navnenyt.getFeed(window);
    query.push(performance.now() - t);
    t = performance.now();
    await repos.privacy.getChoicesFor(feed.items.map((i) => i.employee?.id ?? 0));
    choicesOnly.push(performance.now() - t);
    t = performance.now();
    const groups = selectForReader(feed.items, indexPrivacyChoices(Array.from(feed.choices.values())), TODAY, { maxItems: 30 });
    prepare.push(performance.now() - t);
    fetched = feed.items.length;
    shown = groups.reduce((n, g) => n + g.entries.length, 0);
  }
  console.log(`reader window ${window.from}..${window.to}: ${fetched} items fetched, ${shown} shown`);
  console.log(`query (items + choices batch): ${stats(query)}`);
  console.log(`  of which the people's choices ($batch of chunked indexed lookups): ${stats(choicesOnly)}`);
  console.log(`preparation (consent, windows, grouping): ${stats(prepare)}`);
  await emu.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
