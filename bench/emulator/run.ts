/**
 * Emulator benchmark (run by hand: npx tsx bench/emulator/run.ts [--items 100000] [--runs 200] [--data <folder>]).
 * Loads 100,000 Navnenyt items, then measures through real PnPjs (in-process send):
 *   - an indexed date-window query with $top=50 (target: median under 20 ms),
 *   - a 50-item $batch of adds,
 * and prints medians and 95th percentiles. No assertions: the figures are for reading.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { createEmulator } from '../../emulator';
import { BearerAuth, EmulatorSend } from '../../emulator/pnp';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function stats(samples: number[]): { median: number; p95: number; min: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), min: s[0] };
}

function fmt(ms: number): string {
  return `${ms.toFixed(2)} ms`;
}

async function main(): Promise<void> {
  const itemCount = Number(arg('--items', '100000'));
  const runs = Number(arg('--runs', '200'));
  const dataDir = arg('--data', fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-bench-')));
  const emu = createEmulator({ dataDir, today: '2026-11-27' });
  const comms = 'mette.sorensen@norddjurs.dk';
  const reader = 'jonas.nielsen@norddjurs.dk';

  const types = ['Fødselsdag', 'Jubilæum', 'Ny medarbejder', 'Pension', 'Fratrædelse'];
  const owner = emu.admin.userId('birgitte.kjaer@norddjurs.dk') as number;
  const rows: Record<string, unknown>[] = [];
  const base = Date.UTC(2020, 0, 1);
  for (let i = 0; i < itemCount; i++) {
    const d = new Date(base + (i % 3650) * 86400000).toISOString().slice(0, 10);
    rows.push({ Title: `Medarbejder ${i}`, MnEventType: types[i % types.length], MnEventDate: d, MnShowFrom: d, MnYears: i % 70, MnEmployeeId: owner, MnArea: `Område ${i % 12}` });
  }
  let t = performance.now();
  emu.admin.addItems('Navnenyt', rows);
  const loadMs = performance.now() - t;

  const sp = spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), EmulatorSend(emu), BearerAuth(reader));
  const writer = spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), EmulatorSend(emu), BearerAuth(comms));
  const list = sp.web.lists.getByTitle('Navnenyt');

  const query = (i: number): Promise<unknown[]> => {
    const from = new Date(Date.UTC(2023, 0, 1) + (i % 300) * 86400000).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(2023, 0, 1) + ((i % 300) + 14) * 86400000).toISOString().slice(0, 10);
    return list.items
      .select('Id', 'Title', 'MnEventType', 'MnEventDate', 'MnYears', 'MnEmployee/Title', 'MnEmployee/EMail')
      .expand('MnEmployee')
      .filter(`MnEventDate ge '${from}' and MnEventDate le '${to}'`)
      .orderBy('MnEventDate')
      .top(50)();
  };
  for (let i = 0; i < 20; i++) await query(i);
  const querySamples: number[] = [];
  let lastCount = 0;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    lastCount = (await query(i)).length;
    querySamples.push(performance.now() - t);
  }

  const batchSamples: number[] = [];
  for (let r = 0; r < Math.max(10, Math.floor(runs / 10)); r++) {
    const [batched, execute] = writer.batched();
    const l = batched.web.lists.getByTitle('Navnenyt');
    for (let i = 0; i < 50; i++) void l.items.add({ Title: `Batch ${r}-${i}`, MnEventDate: '2026-11-27', MnEventType: 'Jubilæum', MnConsentConfirmed: true });
    t = performance.now();
    await execute();
    batchSamples.push(performance.now() - t);
  }

  const q = stats(querySamples);
  const b = stats(batchSamples);
  /* eslint-disable no-console */
  console.log(`Emulator benchmark (${os.cpus().length} cores, Node ${process.version}, SQLite WAL in ${dataDir})`);
  console.log(`  load ${itemCount} Navnenyt items (admin.addItems, one transaction): ${fmt(loadMs)}`);
  console.log(`  indexed date-window query, $top=50 (${lastCount} rows, ${runs} runs): median ${fmt(q.median)}, p95 ${fmt(q.p95)}, min ${fmt(q.min)}  [target: median < 20 ms]`);
  console.log(`  $batch of 50 adds (${batchSamples.length} runs, 3 POSTs of <=20): median ${fmt(b.median)}, p95 ${fmt(b.p95)}`);
  console.log(q.median < 20 ? '  indexed query target met' : '  indexed query target NOT met');
  /* eslint-enable no-console */
  await emu.close();
  if (!process.argv.includes('--data')) fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  // eslint-disable-next-line no-console
  console.error(e);
  process.exitCode = 1;
});
