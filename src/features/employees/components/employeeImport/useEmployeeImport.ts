/**
 * Indlæs medarbejderdata's flow: a file → its table and proposed mapping → the list read → the plan (recomputed as HR
 * corrects the mapping) → writing with progress → the receipt; an interrupted load resumes from the list as it is.
 */
import * as React from 'react';
import { Lists } from '../../../../shared/data/lists';
import { announceListChanged } from '../../../../shared/components/common/listChanges';
import { toDataError } from '../../../../shared/data/errors';
import type { DataError } from '../../../../shared/data/errors';
import type { IsoDate } from '../../../../shared/domain/models';
import { headerSignature, mappingProblems, mergeMapping } from '../../domain/columnMapping';
import { cprColumns } from '../../domain/errorFile';
import type { MappingProblem } from '../../domain/columnMapping';
import { planImport } from '../../domain/importDiff';
import { importKey } from '../../domain/importKey';
import type { ColumnMapping, IExistingEmployee, IImportPlan, IRawTable, ImportField } from '../../domain/importModels';
import { providedFields, readRows } from '../../domain/importRows';
import type { IRowsResult } from '../../domain/importRows';
import type { IEmployeeImportRepository, IImportReceipt, IWriteProgress } from '../../data/IEmployeeImportRepository';
import { readImportFile } from '../../data/importFile';
import { ImportFileError } from '../../data/importFileError';
import { recallMapping, rememberMapping } from './mappingMemory';

export type FileProblem = ImportFileError['code'] | 'unreadable';

export type WriteState =
  | { readonly status: 'idle' }
  | { readonly status: 'writing'; readonly progress: IWriteProgress; readonly startedAt: number; readonly resumedFrom?: IImportReceipt }
  | { readonly status: 'interrupted'; readonly progress: IWriteProgress; readonly error: DataError }
  | { readonly status: 'done'; readonly receipt: IImportReceipt; readonly plan: IImportPlan };

export interface IEmployeeImport {
  readonly reading: boolean;
  readonly fileProblem?: FileProblem;
  readonly table?: IRawTable;
  readonly mapping: ColumnMapping;
  readonly problems: readonly MappingProblem[];
  readonly fullExtract: boolean;
  readonly existing: { readonly loading: boolean; readonly error?: DataError };
  readonly rows?: IRowsResult;
  readonly plan?: IImportPlan;
  readonly write: WriteState;
  chooseFile(file: File): void;
  setColumn(field: ImportField, header: string): void;
  setFullExtract(full: boolean): void;
  load(): void;
  reset(): void;
  retryRead(): void;
}

interface IExistingState {
  readonly data?: readonly IExistingEmployee[];
  readonly loading: boolean;
  readonly error?: DataError;
}

export function useEmployeeImport(repository: IEmployeeImportRepository, today: IsoDate, siteUrl: string, summaryOf: (plan: IImportPlan) => string): IEmployeeImport {
  const [reading, setReading] = React.useState(false);
  const [fileProblem, setFileProblem] = React.useState<FileProblem>();
  const [table, setTable] = React.useState<IRawTable>();
  const [mapping, setMapping] = React.useState<ColumnMapping>({});
  const [fullExtract, setFullExtract] = React.useState(true);
  const [existing, setExisting] = React.useState<IExistingState>({ loading: false });
  const [write, setWrite] = React.useState<WriteState>({ status: 'idle' });
  const alive = React.useRef(true);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const readList = React.useCallback(async (): Promise<readonly IExistingEmployee[] | undefined> => {
    setExisting((s) => ({ data: s.data, loading: true }));
    try {
      const data = await repository.readExisting();
      if (alive.current) setExisting({ data, loading: false });
      return data;
    } catch (e) {
      if (alive.current) setExisting({ loading: false, error: toDataError(e) });
      return undefined;
    }
  }, [repository]);

  const chooseFile = React.useCallback(
    (file: File): void => {
      setReading(true);
      setFileProblem(undefined);
      setWrite({ status: 'idle' });
      file
        .arrayBuffer()
        .then((buffer) => {
          const t = readImportFile(new Uint8Array(buffer), file.name);
          if (!alive.current) return;
          setTable(t);
          setMapping(mergeMapping(t.headers, recallMapping(siteUrl, headerSignature(t.headers))));
          setFullExtract(t.kind === 'csv');
          setReading(false);
          readList().catch(() => undefined);
        })
        .catch((e: unknown) => {
          if (!alive.current) return;
          setTable(undefined);
          setFileProblem(e instanceof ImportFileError ? e.code : 'unreadable');
          setReading(false);
        });
    },
    [siteUrl, readList],
  );

  const setColumn = React.useCallback(
    (field: ImportField, header: string): void => {
      setMapping((m) => {
        const next: ColumnMapping = { ...m, [field]: header };
        // A header feeds one field: the field that had it loses it.
        for (const f of Object.keys(next) as ImportField[]) if (f !== field && header && next[f] === header) next[f] = '';
        if (table) rememberMapping(siteUrl, headerSignature(table.headers), next);
        return next;
      });
    },
    [table, siteUrl],
  );

  // A column of CPR numbers mapped to another field would send them to SharePoint: no preview, no load.
  const cprHeaders = React.useMemo(() => new Set(table ? Array.from(cprColumns(table, {}), (i) => table.headers[i]) : []), [table]);
  const problems = React.useMemo(() => mappingProblems(mapping, cprHeaders), [mapping, cprHeaders]);
  const rows = React.useMemo(() => (table && problems.length === 0 ? readRows(table, mapping, today) : undefined), [table, mapping, problems, today]);
  const planFrom = React.useCallback(
    (r: IRowsResult, list: readonly IExistingEmployee[]): IImportPlan =>
      planImport(r.records, list, r.errors, { today, provided: providedFields(mapping), fullExtract, numbersWithErrors: r.numbersWithErrors, rowsWithoutNumber: r.rowsWithoutNumber }),
    [today, mapping, fullExtract],
  );
  const plan = React.useMemo(() => (rows && existing.data ? planFrom(rows, existing.data) : undefined), [rows, existing.data, planFrom]);

  const run = React.useCallback(
    async (p: IImportPlan, r: IRowsResult): Promise<void> => {
      if (!table) return;
      // The real clock on purpose: a duration, for the progress bar's time left, not a day users see.
      const startedAt = Date.now();
      setWrite({ status: 'writing', progress: { done: 0, total: p.changes.length }, startedAt });
      let last: IWriteProgress = { done: 0, total: p.changes.length };
      try {
        const receipt = await repository.beginImport({ fileName: table.fileName, key: importKey(r.records), total: p.changes.length, counts: p.counts });
        const resumedFrom = receipt.done > 0 ? receipt : undefined;
        const total = receipt.done + p.changes.length;
        await repository.writeChanges(p.changes, receipt, (progress) => {
          last = progress;
          if (alive.current) setWrite({ status: 'writing', progress, startedAt, resumedFrom });
        });
        const done = await repository.finishImport({ ...receipt, total }, summaryOf(p));
        // Other web parts on the page that read the extract (Indsend navnenyt's suggestions) read it again.
        announceListChanged(Lists.Employees.title);
        if (alive.current) setWrite({ status: 'done', receipt: done, plan: p });
        await readList();
      } catch (e) {
        if (alive.current) setWrite({ status: 'interrupted', progress: last, error: toDataError(e) });
      }
    },
    [repository, table, summaryOf, readList],
  );

  const load = React.useCallback((): void => {
    if (write.status === 'interrupted' && rows) {
      // Resume: the list as it is now, so what was written is not written again.
      readList()
        .then((list) => (list ? run(planFrom(rows, list), rows) : undefined))
        .catch(() => undefined);
      return;
    }
    if (plan && rows) run(plan, rows).catch(() => undefined);
  }, [write.status, rows, plan, readList, run, planFrom]);

  const reset = React.useCallback((): void => {
    setTable(undefined);
    setFileProblem(undefined);
    setWrite({ status: 'idle' });
    setExisting({ loading: false });
  }, []);

  const retryRead = React.useCallback((): void => {
    readList().catch(() => undefined);
  }, [readList]);

  return { reading, fileProblem, table, mapping, problems, fullExtract, existing, rows, plan, write, chooseFile, setColumn, setFullExtract, load, reset, retryRead };
}
