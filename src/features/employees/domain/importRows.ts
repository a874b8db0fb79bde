/**
 * From HR's table to usable records: each row through the mapping, its dates in the column's detected format, a birth
 * date from the CPR number where the file has none, and every problem as a row error with its line. The CPR number is
 * read here and nowhere else, and no record carries it.
 */
import { compareIsoDates } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';
import { birthDateFromCpr, maskCpr } from './cpr';
import { detectDateFormat, readDate } from './importDates';
import type { ColumnMapping, DateFormat, EmployeeValues, IImportRecord, IRawTable, IRowError, ImportField } from './importModels';

/** The date fields of a file and the list field each feeds. */
export const DATE_FIELDS = ['birthDate', 'seniorityDate', 'startDate', 'firstStartDate', 'endDate'] as const;
type DateField = (typeof DATE_FIELDS)[number];

const TEXT_LIMIT = 255;
/** The list's employee-number column holds 20 characters. */
const NUMBER_LIMIT = 20;
/** Oldest plausible birth year for someone on a payroll. */
const OLDEST_BIRTH_YEAR = 1900;
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[A-Za-z]{2,}$/;

export interface IRowsResult {
  readonly records: readonly IImportRecord[];
  readonly errors: readonly IRowError[];
  /** The format detected for each mapped date column. */
  readonly dateFormats: Partial<Record<DateField, DateFormat>>;
  /** Rows without an employee number (a full extract's leavers cannot be told then). */
  readonly rowsWithoutNumber: number;
  /** Employee numbers of rows with errors: still in the file, so never taken for leavers. */
  readonly numbersWithErrors: ReadonlySet<string>;
}

function clean(v: string | undefined): string {
  return (v ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The cell of a field in a row, '' when the field has no column. */
type Cell = (cells: readonly string[], field: ImportField) => string;

function cellReader(table: IRawTable, mapping: ColumnMapping): Cell {
  const index = new Map<ImportField, number>();
  for (const [field, header] of Object.entries(mapping) as [ImportField, string | undefined][]) {
    if (!header) continue;
    const i = table.headers.indexOf(header);
    if (i >= 0) index.set(field, i);
  }
  return (cells, field) => {
    const i = index.get(field);
    return i === undefined ? '' : clean(cells[i]);
  };
}

function nameOf(cell: (f: ImportField) => string): string {
  const preferred = cell('preferredName');
  if (preferred.includes(' ')) return preferred;
  const full = cell('name');
  const first = cell('firstName');
  const last = cell('lastName');
  if (preferred && last) return `${preferred} ${last}`;
  if (full) return full;
  return [preferred || first, last].filter((p) => p !== '').join(' ');
}

/** Which list fields this mapping gives values for (the others are left as the list has them). */
export function providedFields(mapping: ColumnMapping): ReadonlySet<keyof EmployeeValues> {
  const has = (f: ImportField): boolean => !!mapping[f];
  const out = new Set<keyof EmployeeValues>();
  if (has('name') || has('preferredName') || has('firstName') || has('lastName')) out.add('name');
  if (has('email')) out.add('email');
  if (has('birthDate') || has('cpr')) out.add('birthDate');
  if (has('seniorityDate')) out.add('seniorityDate');
  if (has('startDate') || has('firstStartDate')) out.add('startDate');
  if (has('endDate') || has('action')) out.add('endDate');
  if (has('jobTitle')) out.add('jobTitle');
  if (has('workplace')) out.add('workplace');
  if (has('area')) out.add('area');
  return out;
}

/**
 * Reads every row. `today` is the import's business day (a birth date after it is an error). Jubilee seniority comes
 * only from its own column (Jubilæumsanciennitetsdato), never from a hire date.
 */
export function readRows(table: IRawTable, mapping: ColumnMapping, today: IsoDate): IRowsResult {
  const read = cellReader(table, mapping);
  const formats: Partial<Record<DateField, DateFormat>> = {};
  for (const f of DATE_FIELDS) {
    if (mapping[f]) formats[f] = detectDateFormat(table.rows.map((r) => read(r.cells, f)));
  }
  const records: IImportRecord[] = [];
  const errors: IRowError[] = [];
  let rowsWithoutNumber = 0;
  const numbersWithErrors = new Set<string>();
  for (const row of table.rows) {
    const cell = (f: ImportField): string => read(row.cells, f);
    const rowErrors: IRowError[] = [];
    const fail = (e: Omit<IRowError, 'line'>): void => {
      rowErrors.push({ line: row.line, ...e });
    };
    const employeeNumber = cell('employeeNumber');
    if (!employeeNumber) {
      rowsWithoutNumber++;
      fail({ code: 'missingEmployeeNumber', field: 'employeeNumber' });
    } else if (employeeNumber.length > NUMBER_LIMIT) fail({ code: 'employeeNumberTooLong', field: 'employeeNumber', value: employeeNumber });
    const leaves = /^(leave|fratr|ophoer|ophør)/i.test(cell('action'));
    const name = nameOf(cell);
    if (!name && !leaves) fail({ code: 'missingName', field: 'name' });
    const dates: Partial<Record<DateField, IsoDate>> = {};
    for (const f of DATE_FIELDS) {
      const format = formats[f];
      if (!format) continue;
      const raw = cell(f);
      const r = readDate(raw, format);
      if (r.ok) dates[f] = r.date;
      else fail({ code: r.code, field: f, value: raw });
    }
    let birthDate = dates.birthDate;
    let birthDateFromCprUsed = false;
    const cpr = cell('cpr');
    if (!birthDate && cpr) {
      birthDate = birthDateFromCpr(cpr);
      birthDateFromCprUsed = birthDate !== undefined;
      if (!birthDate) fail({ code: 'invalidCpr', field: 'cpr', value: maskCpr(cpr) });
    }
    if (birthDate && compareIsoDates(birthDate, today) > 0) fail({ code: 'birthDateInFuture', field: birthDateFromCprUsed ? 'cpr' : 'birthDate', value: birthDateFromCprUsed ? maskCpr(cpr) : cell('birthDate') });
    else if (birthDate && Number(birthDate.slice(0, 4)) < OLDEST_BIRTH_YEAR) fail({ code: 'birthDateTooOld', field: birthDateFromCprUsed ? 'cpr' : 'birthDate', value: birthDateFromCprUsed ? maskCpr(cpr) : cell('birthDate') });
    const email = cell('email').toLowerCase();
    if (email && !EMAIL.test(email)) fail({ code: 'invalidEmail', field: 'email', value: cell('email') });
    const startDate = dates.startDate ?? dates.firstStartDate;
    if (startDate && dates.endDate && compareIsoDates(dates.endDate, startDate) < 0) fail({ code: 'endBeforeStart', field: 'endDate', value: cell('endDate') });
    for (const f of ['jobTitle', 'workplace', 'area'] as const) {
      if (cell(f).length > TEXT_LIMIT) fail({ code: 'tooLong', field: f, value: `${cell(f).slice(0, 40)}…` });
    }
    if (name.length > TEXT_LIMIT) fail({ code: 'tooLong', field: 'name', value: `${name.slice(0, 40)}…` });
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      if (employeeNumber) numbersWithErrors.add(employeeNumber.toLowerCase());
      continue;
    }
    const values: EmployeeValues = {};
    const put = (k: keyof EmployeeValues, v: string | undefined): void => {
      if (v) values[k] = v;
    };
    put('name', name);
    put('email', email);
    put('birthDate', birthDate);
    put('seniorityDate', dates.seniorityDate);
    put('startDate', startDate);
    put('endDate', dates.endDate);
    put('jobTitle', cell('jobTitle'));
    put('workplace', cell('workplace'));
    put('area', cell('area'));
    records.push({ line: row.line, employeeNumber, values, ...(leaves ? { leaves } : {}), ...(birthDateFromCprUsed ? { birthDateFromCpr: true } : {}) });
  }
  return { ...markDuplicates(records, errors, numbersWithErrors), dateFormats: formats, rowsWithoutNumber, numbersWithErrors };
}

/** Rows sharing an employee number: none of them is used (which one is right is HR's call), each is an error. */
function markDuplicates(records: readonly IImportRecord[], errors: readonly IRowError[], numbersWithErrors: Set<string>): { records: IImportRecord[]; errors: IRowError[] } {
  const lines = new Map<string, number[]>();
  for (const r of records) {
    const key = r.employeeNumber.toLowerCase();
    const l = lines.get(key);
    if (l) l.push(r.line);
    else lines.set(key, [r.line]);
  }
  const dup: IRowError[] = [];
  const kept: IImportRecord[] = [];
  for (const r of records) {
    const same = lines.get(r.employeeNumber.toLowerCase()) ?? [];
    if (same.length > 1) {
      numbersWithErrors.add(r.employeeNumber.toLowerCase());
      dup.push({ line: r.line, code: 'duplicateEmployeeNumber', field: 'employeeNumber', value: r.employeeNumber, otherLine: same.find((l) => l !== r.line) });
    } else kept.push(r);
  }
  return { records: kept, errors: [...errors, ...dup].sort((a, b) => a.line - b.line) };
}
