/**
 * Indlæs medarbejderdata: the models of HR's import of an employee extract (SOFD/payroll CSV or KMD OPUS XML) into the
 * Medarbejdere list. Pure types; the words users read live in the feature's loc (errors are codes here).
 */
import type { IsoDate } from '../../../shared/domain/models';

/** What a column of HR's file can mean. `cpr` is read only to derive a birth date and is never kept. */
export const IMPORT_FIELDS = [
  'employeeNumber',
  'name',
  'preferredName',
  'firstName',
  'lastName',
  'email',
  'birthDate',
  'cpr',
  'seniorityDate',
  'startDate',
  'firstStartDate',
  'endDate',
  'jobTitle',
  'workplace',
  'area',
  'action',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The columns of the Medarbejdere list an import writes (besides the employee number, the key). */
export const EMPLOYEE_FIELDS = ['name', 'email', 'birthDate', 'seniorityDate', 'startDate', 'endDate', 'jobTitle', 'workplace', 'area'] as const;
export type EmployeeField = (typeof EMPLOYEE_FIELDS)[number];

/** An employee's values as the list holds them: text, dates as `YYYY-MM-DD`. Missing = empty. */
export type EmployeeValues = Partial<Record<EmployeeField, string>>;

export type FileEncoding = 'utf-8-bom' | 'utf-8' | 'windows-1252';
export type Separator = ';' | ',' | '\t';
export type DateFormat = 'dd-mm-yyyy' | 'dd.mm.yyyy' | 'dd/mm/yyyy' | 'ddmmyyyy' | 'yyyy-mm-dd';

/** One data row of the file: its line number in the file (1 = the first line) and its cells. */
export interface IRawRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** HR's file as a table: the header row's names and the data rows (empty lines left out). */
export interface IRawTable {
  readonly kind: 'csv' | 'opus';
  readonly fileName: string;
  readonly headers: readonly string[];
  readonly rows: readonly IRawRow[];
  readonly encoding: FileEncoding;
  /** CSV only. */
  readonly separator?: Separator;
}

/** Which header of the file feeds which field ('' : none, as HR chose). Kept by header name, so it is remembered across files. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export type RowErrorCode =
  | 'missingEmployeeNumber'
  | 'employeeNumberTooLong'
  | 'missingName'
  | 'impossibleDate'
  | 'unreadableDate'
  | 'birthDateInFuture'
  | 'birthDateTooOld'
  | 'invalidCpr'
  | 'invalidEmail'
  | 'duplicateEmployeeNumber'
  | 'endBeforeStart'
  | 'tooLong'
  | 'cprInField';

/** Why a row cannot be used: a code the loc turns into a Danish (or English) sentence. */
export interface IRowError {
  readonly line: number;
  readonly code: RowErrorCode;
  /** The field the error is about (its header is named to HR). */
  readonly field?: ImportField;
  /** The offending value, as shown to HR (a CPR number only masked). */
  readonly value?: string;
  /** The other line with the same employee number. */
  readonly otherLine?: number;
}

/** A usable row: the employee as the file describes them, CPR already turned into a birth date and dropped. */
export interface IImportRecord {
  readonly line: number;
  readonly employeeNumber: string;
  readonly values: EmployeeValues;
  /** OPUS `action="leave"` (or a leaver without a date): leaves on the import's day unless the file gives a date. */
  readonly leaves?: boolean;
  /** The birth date came from the CPR number (shown as such in the preview). */
  readonly birthDateFromCpr?: boolean;
}

/** An item of the Medarbejdere list, as the import compares it. */
export interface IExistingEmployee {
  readonly id: number;
  readonly employeeNumber: string;
  readonly values: EmployeeValues;
}

export type ChangeKind = 'new' | 'changed' | 'leaving';

/** One write: a new item, or the changed fields of an existing one (`values` holds only what is written). */
export interface IPlannedChange {
  readonly kind: ChangeKind;
  readonly employeeNumber: string;
  readonly name: string;
  /** The list item, for changes. */
  readonly id?: number;
  /** The file's line, when the change comes from a row (a leaver missing from a full extract has none). */
  readonly line?: number;
  readonly values: EmployeeValues;
  /** The fields that differ from the list (for a new employee: those given). */
  readonly fields: readonly EmployeeField[];
  /** What the list held before, for the changed fields. */
  readonly before?: EmployeeValues;
  /** The birth date written was derived from the CPR number (the number itself is in no change). */
  readonly birthDateFromCpr?: boolean;
}

export interface IImportCounts {
  readonly new: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly leaving: number;
  readonly errors: number;
}

/** What *Indlæs* would do, shown before anything is written. */
export interface IImportPlan {
  readonly changes: readonly IPlannedChange[];
  readonly counts: IImportCounts;
  readonly errors: readonly IRowError[];
  /**
   * Employees missing from a full extract are not ended because some rows could not be read (their employee numbers
   * are unknown): ending people on a broken file would be wrong.
   */
  readonly leaversSuspended: boolean;
  readonly importDay: IsoDate;
}
