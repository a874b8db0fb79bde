/**
 * Indlæs medarbejderdata's writes to SharePoint: reading Medarbejdere paged by ID, the idempotent upsert by employee
 * number in `$batch` requests, and the receipt in the import log (Medarbejderindlæsninger). No CPR number reaches this
 * file: the plan's values hold only the list's fields.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { toDataError } from '../../../shared/data/errors';
import type { DataError } from '../../../shared/data/errors';
import { BuiltIn, EmployeeFields as F, ImportLogFields as L, Lists } from '../../../shared/data/lists';
import { odataString } from '../../../shared/data/odata';
import { num, text } from '../../../shared/data/rows';
import type { Row } from '../../../shared/data/rows';
import { siteTimeZone } from '../../../shared/data/siteTimeZone';
import type { IExistingEmployee, IPlannedChange } from '../domain/importModels';
import { bodyOf, EMPLOYEE_SELECT, existingOf } from './employeeRows';
import type { IBeginImport, IEmployeeImportRepository, IImportReceipt, IWriteProgress } from './IEmployeeImportRepository';

/** Items per read (SharePoint's largest page is 5,000). */
const READ_PAGE = 2000;
/** Changes per `$batch` (SharePoint Online takes 100 requests in one): 99 writes and the receipt's count. */
export const WRITE_CHUNK = 99;
/** Attempts per batch beyond PnPjs' own three, and the waits between them (seconds) when SharePoint gave none. */
const ATTEMPTS = 6;
const BACKOFF = [2, 5, 10, 20, 30];

/** The import log's status choices (sharepoint/assets: MnImportStatus). */
export const IMPORT_STATUS = { running: 'I gang', done: 'Færdig' } as const;
const STATUS = IMPORT_STATUS;
const LOG_SELECT = [BuiltIn.Id.name, BuiltIn.Title.name, BuiltIn.Created.name, BuiltIn.Modified.name, 'Author/Title', ...Object.values(L).map((f) => f.name)];

function receiptOf(row: Row): IImportReceipt {
  const author = row.Author as { Title?: unknown } | undefined;
  return {
    id: num(row, BuiltIn.Id.name) ?? 0,
    fileName: text(row, BuiltIn.Title.name) ?? '',
    status: text(row, L.Status.name) === STATUS.done ? 'done' : 'running',
    key: text(row, L.Key.name) ?? '',
    total: num(row, L.Total.name) ?? 0,
    done: num(row, L.Done.name) ?? 0,
    counts: { new: num(row, L.New.name) ?? 0, changed: num(row, L.Changed.name) ?? 0, leaving: num(row, L.Leaving.name) ?? 0, errors: num(row, L.Errors.name) ?? 0 },
    summary: text(row, L.Summary.name) ?? '',
    created: text(row, BuiltIn.Created.name) ?? '',
    modified: text(row, BuiltIn.Modified.name) ?? '',
    by: typeof author?.Title === 'string' ? author.Title : '',
  };
}

/** Seconds SharePoint asked to wait (Retry-After on the last answer PnPjs gave up on), if it said. */
function retryAfterOf(error: unknown): number | undefined {
  const response = (error as { response?: Response } | undefined)?.response;
  const v = response?.headers?.get?.('retry-after');
  const n = v ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 120) : undefined;
}

const retryable = (e: DataError): boolean => e.kind === 'throttled' || e.kind === 'network' || e.kind === 'server';

function wait(seconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const t = setTimeout(resolve, seconds * 1000);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

export class EmployeeImportRepository implements IEmployeeImportRepository {
  public constructor(private readonly sp: SPFI) {}

  private employees(sp: SPFI = this.sp): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return sp.web.lists.getByTitle(Lists.Employees.title);
  }

  private log(sp: SPFI = this.sp): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return sp.web.lists.getByTitle(Lists.ImportLog.title);
  }

  public async readExisting(onProgress?: (read: number) => void): Promise<readonly IExistingEmployee[]> {
    try {
      const zone = await siteTimeZone(this.sp);
      const all: IExistingEmployee[] = [];
      // Paged by ID: no filter and no sort, so it stays under the list-view threshold at any size.
      for await (const rows of this.employees().items.select(...EMPLOYEE_SELECT).top(READ_PAGE)) {
        for (const row of rows as Row[]) {
          const e = existingOf(row, zone);
          if (e) all.push(e);
        }
        onProgress?.(all.length);
      }
      return all;
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async beginImport(begin: IBeginImport): Promise<IImportReceipt> {
    try {
      // Key and status are indexed: this stays under the list-view threshold however long the log grows.
      const open = await this.log()
        .items.select(...LOG_SELECT)
        .expand('Author')
        .filter(`${L.Key.name} eq ${odataString(begin.key)} and ${L.Status.name} eq ${odataString(STATUS.running)}`)
        .top(1)<Row[]>();
      if (open[0]) return receiptOf(open[0]);
      const added = await this.log().items.add({
        [BuiltIn.Title.name]: begin.fileName.slice(0, 255),
        [L.Status.name]: STATUS.running,
        [L.Key.name]: begin.key,
        [L.Total.name]: begin.total,
        [L.Done.name]: 0,
        [L.New.name]: begin.counts.new,
        [L.Changed.name]: begin.counts.changed,
        [L.Leaving.name]: begin.counts.leaving,
        [L.Errors.name]: begin.counts.errors,
      });
      const id = num(added as Row, BuiltIn.Id.name) ?? 0;
      return receiptOf(await this.log().items.getById(id).select(...LOG_SELECT).expand('Author')<Row>());
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async writeChanges(changes: readonly IPlannedChange[], receipt: IImportReceipt, onProgress: (p: IWriteProgress) => void, signal?: AbortSignal): Promise<void> {
    const zone = await siteTimeZone(this.sp).catch((e: unknown) => {
      throw toDataError(e);
    });
    let done = 0;
    let logged = receipt.done;
    onProgress({ done, total: changes.length });
    for (let i = 0; i < changes.length; i += WRITE_CHUNK) {
      let pending = changes.slice(i, i + WRITE_CHUNK);
      for (let attempt = 1; pending.length > 0; attempt++) {
        if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
        const { failed, error } = await this.writeBatch(pending, zone, logged + pending.length, receipt.id, attempt > 1);
        const written = pending.length - failed.length;
        done += written;
        logged += written;
        onProgress({ done, total: changes.length });
        if (failed.length === 0) break;
        const dataError = toDataError(error);
        if (!retryable(dataError) || attempt >= ATTEMPTS) throw dataError;
        const seconds = retryAfterOf(error) ?? BACKOFF[Math.min(attempt - 1, BACKOFF.length - 1)];
        onProgress({ done, total: changes.length, waiting: seconds });
        await wait(seconds, signal);
        pending = failed;
      }
    }
  }

  /**
   * One `$batch`: the changes and the receipt's new count. On a retry, new employees are looked up first (in the
   * same batch, by the indexed employee number): one whose add was written but whose answer was lost is updated, not
   * added twice. Returns the changes that failed and the first error.
   */
  private async writeBatch(changes: readonly IPlannedChange[], zone: string, doneAfter: number, receiptId: number, retry: boolean): Promise<{ failed: IPlannedChange[]; error?: unknown }> {
    let found = new Map<string, number>();
    if (retry && changes.some((c) => c.id === undefined)) {
      try {
        found = await this.lookUp(changes.filter((c) => c.id === undefined).map((c) => c.employeeNumber));
      } catch (e) {
        return { failed: [...changes], error: e };
      }
    }
    const [batched, execute] = this.sp.batched({ maxRequests: 100 });
    const list = this.employees(batched);
    const writes = changes.map((c) => {
      const id = c.id ?? found.get(c.employeeNumber.toLowerCase());
      return id === undefined ? list.items.add(bodyOf(c.values, zone, c.employeeNumber)) : list.items.getById(id).update(bodyOf(c.values, zone));
    });
    const count = this.log(batched).items.getById(receiptId).update({ [L.Done.name]: doneAfter });
    try {
      await execute();
    } catch (e) {
      // The `$batch` itself was refused (throttled past PnPjs' retries, offline): its parts never settle. Whether
      // SharePoint ran any of them is unknown, so all are tried again, new employees looked up first.
      return { failed: [...changes], error: e };
    }
    const results = await Promise.allSettled([...writes, count]);
    const failed = changes.filter((_c, i) => results[i].status === 'rejected');
    const firstError = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason;
    return { failed, error: firstError };
  }

  /** The items of these employee numbers (a batch of indexed `eq` queries). */
  private async lookUp(numbers: readonly string[]): Promise<Map<string, number>> {
    const [batched, execute] = this.sp.batched({ maxRequests: 100 });
    const list = this.employees(batched);
    const queries = numbers.map((n) => list.items.select(BuiltIn.Id.name).filter(`${F.EmployeeNumber.name} eq ${odataString(n)}`).top(1)<Row[]>());
    await execute();
    const out = new Map<string, number>();
    const rows = await Promise.all(queries);
    rows.forEach((r, i) => {
      const id = r[0] ? num(r[0], BuiltIn.Id.name) : undefined;
      if (id !== undefined) out.set(numbers[i].toLowerCase(), id);
    });
    return out;
  }

  public async finishImport(receipt: IImportReceipt, summary: string): Promise<IImportReceipt> {
    try {
      await this.log().items.getById(receipt.id).update({ [L.Status.name]: STATUS.done, [L.Done.name]: receipt.total, [L.Summary.name]: summary.slice(0, 60000) });
      return receiptOf(await this.log().items.getById(receipt.id).select(...LOG_SELECT).expand('Author')<Row>());
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async recentImports(top = 5): Promise<readonly IImportReceipt[]> {
    try {
      // Newest first by ID (no sort on another column: under the list-view threshold).
      const rows = await this.log().items.select(...LOG_SELECT).expand('Author').orderBy(BuiltIn.Id.name, false).top(top)<Row[]>();
      return rows.map(receiptOf);
    } catch (e) {
      throw toDataError(e);
    }
  }
}
