/**
 * Indlæs medarbejderdata against the local SharePoint through real PnPjs: reading Medarbejdere paged by ID above the
 * list-view threshold, the upsert by employee number in `$batch`, idempotence, throttling (429/503 with Retry-After)
 * losing and doubling nothing, resuming, the receipt, and no CPR number in any request.
 */
import { spfi, SPBrowser } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../../../emulator';
import { BearerAuth, EmulatorSend } from '../../../../emulator/pnp';
import { EmployeeImportRepository, WRITE_CHUNK } from '../../../../src/features/employees/data/EmployeeImportRepository';
import type { IWriteProgress } from '../../../../src/features/employees/data/IEmployeeImportRepository';
import { readImportFile } from '../../../../src/features/employees/data/importFile';
import { proposeMapping } from '../../../../src/features/employees/domain/columnMapping';
import { planImport } from '../../../../src/features/employees/domain/importDiff';
import { importKey } from '../../../../src/features/employees/domain/importKey';
import type { IImportPlan } from '../../../../src/features/employees/domain/importModels';
import { providedFields, readRows } from '../../../../src/features/employees/domain/importRows';
import { EmployeeDirectory } from '../../../../src/features/employees/data/EmployeeDirectory';
import { newEmulator, spAs, USERS } from '../../../emulator/helpers';
import { largeSofd, sofdCsv, windows1252 } from '../support/files';

const TODAY = '2026-11-27';
let emu: IEmulator;

beforeEach(() => {
  emu = newEmulator({ today: TODAY, listViewThreshold: 100 });
});
afterEach(() => emu.close());

/** What the web part does from a file's bytes to the plan, against the list as it is now. */
async function planFor(repo: EmployeeImportRepository, bytes: Uint8Array, fullExtract = true): Promise<{ plan: IImportPlan; key: string }> {
  const table = readImportFile(bytes, 'udtraek.csv');
  const mapping = proposeMapping(table.headers);
  const rows = readRows(table, mapping, TODAY);
  const existing = await repo.readExisting();
  const plan = planImport(rows.records, existing, rows.errors, { today: TODAY, provided: providedFields(mapping), fullExtract, numbersWithErrors: rows.numbersWithErrors, rowsWithoutNumber: rows.rowsWithoutNumber });
  return { plan, key: importKey(rows.records) };
}

async function load(repo: EmployeeImportRepository, bytes: Uint8Array, progress: IWriteProgress[] = []): Promise<IImportPlan> {
  const { plan, key } = await planFor(repo, bytes);
  const receipt = await repo.beginImport({ fileName: 'udtraek.csv', key, total: plan.changes.length, counts: plan.counts });
  await repo.writeChanges(plan.changes, receipt, (p) => progress.push(p));
  await repo.finishImport(receipt, `${plan.counts.new} nye`);
  return plan;
}

const numbers = async (sp: SPFI): Promise<string[]> => {
  const all: string[] = [];
  for await (const rows of sp.web.lists.getByTitle('Medarbejdere').items.select('MnEmployeeNumber').top(2000)) all.push(...(rows as { MnEmployeeNumber: string }[]).map((r) => r.MnEmployeeNumber));
  return all.sort();
};

describe('loading an extract', () => {
  it('reads every item paged by ID on a list above the list-view threshold', async () => {
    emu.admin.addItems('Medarbejdere', Array.from({ length: 250 }, (_x, i) => ({ Title: `Person ${i}`, MnEmployeeNumber: String(9000 + i), MnBirthDate: '1980-05-01' })));
    const existing = await new EmployeeImportRepository(spAs(emu, USERS.hr)).readExisting();
    expect(existing).toHaveLength(250);
    expect(existing[249]).toEqual({ id: 250, employeeNumber: '9249', values: { name: 'Person 249', birthDate: '1980-05-01' } });
  });

  it('writes new, changed and leaving employees in $batch requests, and the same file again writes nothing', async () => {
    emu.admin.addItems('Medarbejdere', [
      { Title: 'Bjørn Østergaard', MnEmployeeNumber: '100018', MnJobTitle: 'Vejarbejder', MnEmail: 'bjorn.ostergaard@norddjurs.dk' },
      { Title: 'Gammel Kollega', MnEmployeeNumber: '099999', MnSeniorityDate: '1990-01-01' },
    ]);
    const sp = spAs(emu, USERS.hr);
    const repo = new EmployeeImportRepository(sp);
    const progress: IWriteProgress[] = [];
    const plan = await load(repo, windows1252(sofdCsv()), progress);
    expect(plan.counts).toEqual({ new: 3, changed: 1, unchanged: 0, leaving: 1, errors: 0 });
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });
    const byNumber = new Map((await repo.readExisting()).map((e) => [e.employeeNumber, e]));
    expect(byNumber.get('100018')?.values).toMatchObject({ jobTitle: 'Vejmand', birthDate: '1965-12-03', seniorityDate: '1990-03-15', workplace: 'Vej; Park og Grønne Områder' });
    // A leaver keeps the item, with an end date.
    expect(byNumber.get('099999')?.values).toEqual({ name: 'Gammel Kollega', seniorityDate: '1990-01-01', endDate: TODAY });
    expect(byNumber.size).toBe(5);
    // HR's suggestions read the same list: the new employees are there at once.
    expect((await new EmployeeDirectory(sp).getAll()).map((e) => e.employeeNumber)).toContain('100019');

    const again = await planFor(repo, windows1252(sofdCsv()));
    expect(again.plan.changes).toEqual([]);
    expect(again.plan.counts.unchanged).toBe(4);
    const [receipt] = await repo.recentImports(1);
    expect(receipt).toMatchObject({ status: 'done', total: 5, done: 5, counts: { new: 3, changed: 1, leaving: 1, errors: 0 }, by: 'Lars Østergaard', summary: '3 nye' });
  });

  it('sends no CPR number in any request, in any form', async () => {
    const bodies: string[] = [];
    const recording = { fetch: (url: string | URL | Request, init?: RequestInit) => (bodies.push(`${String(url)}\n${String(init?.body ?? '')}`), emu.fetch(url, init)) };
    const sp = spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), EmulatorSend(recording), BearerAuth(USERS.hr));
    await load(new EmployeeImportRepository(sp), windows1252(sofdCsv()));
    const sent = bodies.join('\n');
    expect(sent).toContain('Anne Sofie');
    expect(sent).toMatch(/1976-03-1\dT/); // the birth date derived from Anne's CPR number is written
    for (const cpr of ['120376-1234', '1203761234', '031265-2345', '0312652345', '290204-4321', '2902044321', '-1234', '-2345', '-4321']) expect(sent).not.toContain(cpr);
  });

  it('is refused for an employee: Medarbejdere does not exist for them', async () => {
    await expect(new EmployeeImportRepository(spAs(emu, USERS.employee)).readExisting()).rejects.toMatchObject({ kind: 'notFound' });
  });
});

describe('throttling and interruption lose nothing and write nothing twice', () => {
  it('waits out 429 and 503 with Retry-After beyond PnPjs own retries, over HTTP', async () => {
    const url = await emu.listen(0);
    const sp = spfi(url).using(SPBrowser({ baseUrl: url }), BearerAuth(USERS.hr));
    const repo = new EmployeeImportRepository(sp);
    const { plan, key } = await planFor(repo, windows1252(largeSofd(300)));
    const receipt = await repo.beginImport({ fileName: 'stor.csv', key, total: plan.changes.length, counts: plan.counts });
    const progress: IWriteProgress[] = [];
    let faulted = false;
    let busy = false;
    await repo.writeChanges(plan.changes, receipt, (p) => {
      progress.push(p);
      // After the first batch: four refusals in a row, more than PnPjs' three attempts; then 503 once.
      if (!faulted && p.done >= WRITE_CHUNK) {
        faulted = true;
        emu.admin.injectFaults({ status: 429, count: 4, retryAfter: 0 });
      } else if (p.waiting !== undefined && !busy) {
        busy = true;
        emu.admin.injectFaults({ status: 503, count: 1, retryAfter: 0 });
      }
    });
    expect(faulted && busy).toBe(true);
    expect(progress.filter((p) => p.waiting !== undefined)).toEqual([{ done: WRITE_CHUNK, total: 300, waiting: 0 }]);
    const stored = await numbers(sp);
    expect(stored).toHaveLength(300);
    expect(new Set(stored).size).toBe(300);
    expect((await planFor(repo, windows1252(largeSofd(300)))).plan.changes).toEqual([]);
  });

  it('resumes an interrupted load: the same file continues its receipt and writes only what is missing', async () => {
    const sp = spAs(emu, USERS.hr);
    const repo = new EmployeeImportRepository(sp);
    const file = windows1252(largeSofd(250));
    const first = await planFor(repo, file);
    const receipt = await repo.beginImport({ fileName: 'stor.csv', key: first.key, total: first.plan.changes.length, counts: first.plan.counts });
    const stop = new AbortController();
    await expect(
      repo.writeChanges(first.plan.changes, receipt, (p) => {
        if (p.done >= WRITE_CHUNK) stop.abort();
      }, stop.signal),
    ).rejects.toThrow(/Abort/);
    expect(await numbers(sp)).toHaveLength(WRITE_CHUNK);

    // HR picks the same file again (a new page): only the rest is planned, on the same receipt.
    const second = await planFor(new EmployeeImportRepository(sp), file);
    expect(second.key).toBe(first.key);
    expect(second.plan.counts.new).toBe(250 - WRITE_CHUNK);
    const again = await repo.beginImport({ fileName: 'stor.csv', key: second.key, total: second.plan.changes.length, counts: second.plan.counts });
    expect(again).toMatchObject({ id: receipt.id, done: WRITE_CHUNK, status: 'running' });
    await repo.writeChanges(second.plan.changes, again, () => undefined);
    const stored = await numbers(sp);
    expect(stored).toHaveLength(250);
    expect(new Set(stored).size).toBe(250);
  });

  it('adds no second item for a new employee whose add was written but whose answer was lost', async () => {
    const sp = spAs(emu, USERS.hr);
    const repo = new EmployeeImportRepository(sp);
    const { plan, key } = await planFor(repo, windows1252(sofdCsv()));
    const receipt = await repo.beginImport({ fileName: 'x.csv', key, total: plan.changes.length, counts: plan.counts });
    // The first attempt's batch runs on the server, but its answer never arrives.
    let lose = true;
    const lossy = {
      fetch: async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
        const res = await emu.fetch(url, init);
        if (lose && String(url).includes('$batch')) {
          lose = false;
          throw new TypeError('Failed to fetch');
        }
        return res;
      },
    };
    const flaky = new EmployeeImportRepository(spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), EmulatorSend(lossy), BearerAuth(USERS.hr)));
    await flaky.writeChanges(plan.changes, receipt, () => undefined);
    expect(await numbers(sp)).toEqual(['100017', '100018', '100019', '100020']);
  });
});
