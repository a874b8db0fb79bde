/** @jest-environment jsdom */
/**
 * Indlæs medarbejderdata's root with a fake repository: refused to those who may not add to Medarbejdere, a file
 * through the preview to the receipt, an interrupted load continued without writing anything twice, and the mapping
 * remembered for the next file with the same headers.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { EmployeeImportGate } from '../../../../src/features/employees/components/employeeImport/EmployeeImportGate';
import type { IBeginImport, IEmployeeImportRepository, IImportReceipt, IWriteProgress } from '../../../../src/features/employees/data/IEmployeeImportRepository';
import type { IExistingEmployee, IPlannedChange } from '../../../../src/features/employees/domain/importModels';
import { importStrings } from '../../../../src/features/employees/loc/importStrings';
import { DataError } from '../../../../src/shared/data/errors';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { FakePermissions } from '../../../support/fakePermissions';
import { sofdCsv, windows1252 } from '../support/files';

globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

class FakeImport implements IEmployeeImportRepository {
  public list: IExistingEmployee[] = [{ id: 1, employeeNumber: '100018', values: { name: 'Bjørn Østergaard', jobTitle: 'Vejarbejder' } }];
  public writes: IPlannedChange[] = [];
  public receipts: IImportReceipt[] = [];
  /** Fails the next write after this many changes. */
  public failAfter: number | undefined;

  public readExisting(): Promise<readonly IExistingEmployee[]> {
    return Promise.resolve(this.list.map((e) => ({ ...e, values: { ...e.values } })));
  }

  public beginImport(b: IBeginImport): Promise<IImportReceipt> {
    const open = this.receipts.find((r) => r.key === b.key && r.status === 'running');
    if (open) return Promise.resolve(open);
    const r: IImportReceipt = { id: this.receipts.length + 1, fileName: b.fileName, status: 'running', key: b.key, total: b.total, done: 0, counts: b.counts, summary: '', created: '2026-11-27T09:00:00Z', modified: '', by: 'Lars Østergaard' };
    this.receipts.push(r);
    return Promise.resolve(r);
  }

  public async writeChanges(changes: readonly IPlannedChange[], receipt: IImportReceipt, onProgress: (p: IWriteProgress) => void): Promise<void> {
    let done = 0;
    for (const c of changes) {
      if (this.failAfter !== undefined && done >= this.failAfter) {
        this.failAfter = undefined;
        throw new DataError('throttled', 'Retry count exceeded');
      }
      this.writes.push(c);
      const at = this.list.findIndex((e) => e.employeeNumber === c.employeeNumber);
      if (at >= 0) this.list[at] = { ...this.list[at], values: { ...this.list[at].values, ...c.values } };
      else this.list.push({ id: this.list.length + 1, employeeNumber: c.employeeNumber, values: c.values });
      done++;
      this.receipts = this.receipts.map((r) => (r.id === receipt.id ? { ...r, done: r.done + 1 } : r));
      onProgress({ done, total: changes.length });
    }
  }

  public finishImport(receipt: IImportReceipt, summary: string): Promise<IImportReceipt> {
    const r: IImportReceipt = { ...receipt, status: 'done', done: receipt.total, summary };
    this.receipts = this.receipts.map((x) => (x.id === r.id ? r : x));
    return Promise.resolve(r);
  }

  public recentImports(): Promise<readonly IImportReceipt[]> {
    return Promise.resolve([...this.receipts].reverse());
  }
}

const strings = importStrings(getCommonStrings('da'));
const HR = new FakePermissions({ Employees: { add: true } });

function renderGate(repo: FakeImport, permissions = HR): void {
  render(<EmployeeImportGate permissions={permissions} repository={repo} strings={strings} today="2026-11-27" siteUrl="https://norddjurs.sharepoint.com/sites/intranet" />);
}

async function chooseFile(bytes: Uint8Array, name = 'sofd.csv'): Promise<void> {
  const file = { name, arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) } as unknown as File;
  const input = await waitFor(() => {
    const el = document.querySelector('input[type=file]');
    if (!el) throw new Error('no file input yet');
    return el;
  });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
  await screen.findByRole('heading', { name: 'Forhåndsvisning' });
}

beforeEach(() => window.localStorage.clear());

describe('Indlæs medarbejderdata', () => {
  it('is refused in Danish to someone who may not add to Medarbejdere', async () => {
    renderGate(new FakeImport(), new FakePermissions());
    expect(await screen.findByText(/Det er HR, der indlæser medarbejderdata/)).toBeTruthy();
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('previews a SOFD file (CPR masked) and loads it to a receipt', async () => {
    const repo = new FakeImport();
    renderGate(repo);
    await chooseFile(windows1252(sofdCsv()));
    expect(screen.getByTestId('file-info').textContent).toBe('sofd.csv: 4 rækker · CSV, Windows-1252 (ANSI) · adskilt med semikolon');
    expect(document.body.textContent).toContain('Eksempel: 120376-**** (fødselsdato 12.03.1976)');
    expect(document.body.textContent).toContain('Datoformat: dd-mm-åååå');
    expect(document.body.textContent).not.toContain('120376-1234');
    expect(document.body.textContent).toContain('stilling: Vejarbejder → Vejmand');
    // Bjørn's birth date is new to the list and comes from his CPR number, which shows nowhere.
    expect(document.body.textContent).toContain('fødselsdato (fra CPR): (tom) → 03.12.1965');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Indlæs 4 ændringer' }));
    });
    expect(await screen.findByRole('heading', { name: 'Kvittering' })).toBeTruthy();
    expect(document.body.textContent).toContain('Lars Østergaard indlæste sofd.csv');
    expect(repo.writes.map((w) => w.employeeNumber).sort()).toEqual(['100017', '100018', '100019', '100020']);
    expect(repo.receipts[0].summary).toMatch(/^3 nye, 1 ændrede og 0 fratrædende medarbejdere; 0 rækker med fejl/);
    expect(JSON.stringify(repo.writes)).not.toMatch(/120376|031265|290204/);
  });

  it('continues an interrupted load on the same receipt, writing nothing twice', async () => {
    const repo = new FakeImport();
    repo.failAfter = 2;
    renderGate(repo);
    await chooseFile(windows1252(sofdCsv()));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Indlæs 4 ændringer' }));
    });
    expect(await screen.findByText(/Indlæsningen stoppede efter 2 af 4 ændringer/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Fortsæt indlæsningen' }));
    });
    expect(await screen.findByRole('heading', { name: 'Kvittering' })).toBeTruthy();
    expect(repo.writes).toHaveLength(4);
    expect(new Set(repo.writes.map((w) => w.employeeNumber)).size).toBe(4);
    expect(repo.receipts).toHaveLength(1);
  });

  it('shows no preview and offers no load while a CPR column feeds another field', async () => {
    const repo = new FakeImport();
    renderGate(repo);
    await chooseFile(windows1252(sofdCsv()));
    fireEvent.click(screen.getByRole('combobox', { name: /^Medarbejdernummer/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'CPR' }));
    expect(await screen.findByText(/En kolonne med CPR-numre kan kun bruges til fødselsdatoen/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Forhåndsvisning' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Indlæs \d/ })).toBeNull();
  });

  it('remembers a corrected column for the next file with the same headers', async () => {
    const repo = new FakeImport();
    renderGate(repo);
    await chooseFile(windows1252(sofdCsv()));
    const before = document.body.textContent ?? '';
    expect(before).toContain('Eksempel: anne.hansen@norddjurs.dk');
    // HR says the file's e-mails are not to be used.
    fireEvent.click(screen.getByRole('combobox', { name: /^E-mail/ }));
    fireEvent.click(await screen.findByRole('option', { name: '(ingen kolonne)' }));
    await waitFor(() => expect(document.body.textContent).not.toContain('Eksempel: anne.hansen@norddjurs.dk'));
    fireEvent.click(screen.getByRole('button', { name: 'Vælg en anden fil' }));
    await chooseFile(windows1252(sofdCsv()), 'igen.csv');
    expect(document.body.textContent).not.toContain('Eksempel: anne.hansen@norddjurs.dk');
  });
});
