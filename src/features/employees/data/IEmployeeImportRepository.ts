import type { IExistingEmployee, IImportCounts, IPlannedChange } from '../domain/importModels';

/** One load's receipt in the import log (Medarbejderindlæsninger): by whom and when are SharePoint's own. */
export interface IImportReceipt {
  readonly id: number;
  readonly fileName: string;
  readonly status: 'running' | 'done';
  /** The file's content key (domain/importKey): an unfinished load of the same file is continued. */
  readonly key: string;
  readonly total: number;
  readonly done: number;
  readonly counts: Pick<IImportCounts, 'new' | 'changed' | 'leaving' | 'errors'>;
  readonly summary: string;
  /** ISO instant. */
  readonly created: string;
  readonly modified: string;
  readonly by: string;
}

export interface IWriteProgress {
  /** Changes written so far in this run. */
  readonly done: number;
  readonly total: number;
  /** SharePoint asked to wait (429/503): the seconds before the next attempt, while waiting. */
  readonly waiting?: number;
}

export interface IBeginImport {
  readonly fileName: string;
  readonly key: string;
  readonly total: number;
  readonly counts: IImportReceipt['counts'];
}

export interface IEmployeeImportRepository {
  /** Every item of Medarbejdere with an employee number, paged by ID (no filter, no sort: under the list-view threshold). */
  readExisting(onProgress?: (read: number) => void): Promise<readonly IExistingEmployee[]>;
  /** Opens the receipt: continues an unfinished one of the same file, else begins a new one. */
  beginImport(begin: IBeginImport): Promise<IImportReceipt>;
  /**
   * Writes the changes in `$batch` requests, counting them on the receipt as each batch is written. Throttling
   * (429/503) is waited out as SharePoint asks; a change whose answer was lost is looked up before it is written
   * again, so nothing is written twice. Rejects with a DataError when SharePoint keeps refusing: loading the same
   * file again continues where it stopped.
   */
  writeChanges(changes: readonly IPlannedChange[], receipt: IImportReceipt, onProgress: (p: IWriteProgress) => void, signal?: AbortSignal): Promise<void>;
  /** Marks the receipt done with its summary. */
  finishImport(receipt: IImportReceipt, summary: string): Promise<IImportReceipt>;
  /** The latest receipts, newest first. */
  recentImports(top?: number): Promise<readonly IImportReceipt[]>;
}
