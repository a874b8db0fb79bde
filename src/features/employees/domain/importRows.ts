/**
 * From HR's table to usable records: each row through the mapping, its dates in the column's detected format, a birth
 * date from the CPR number where the file has none, and every problem as a row error with its line. The CPR number is
 * read here and nowhere else, and no record carries it.
 */
import type { IsoDate } from '../../../shared/domain/models';
import { birthDateFromCpr, holdsCpr, maskCpr } from './cpr';
import { detectDateFormat, readDate } from './importDates';
import type { ColumnMapping, DateFormat, EmployeeValues, IImportRecord, IRawTable, IRowError, ImportField } from './importModels';
import { IMPORT_FIELDS } from './importModels';

/** The date fields of a file and the list field each feeds. */
export const DATE_FIELDS = ['birthDate', 'seniorityDate', 'startDate', 'firstStartDate', 'endDate'] as const;
type DateField = (typeof DATE_FIELDS)[number];

const TEXT_LIMIT = 255;
/** The list's employee-number column holds 20 characters. */
const NUMBER_LIMIT = 20;
/** Oldest plausible birth year for someone on a payroll. */
const OLDEST_BIRTH_YEAR = 1900;
const LEAVE = /^(leave|fratr|ophoer|ophør)/i;
const TEXT_FIELDS = ['jobTitle', 'workplace', 'area'] as const;
/** The fields that are written to SharePoint as text: none may carry a CPR number. */
const CPR_GUARDED = ['employeeNumber', 'name', 'preferredName', 'firstName', 'lastName', 'email', 'jobTitle', 'workplace', 'area'] as const;
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

const SPACES = /\s{2,}|[\t\r\n\u00a0]/;

/** A cell trimmed, its runs of white space one space (the text is already NFC: data/importFile decodes it so). */
function clean(v: string | undefined): string {
  if (!v) return '';
  const t = v.trim();
  return SPACES.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/** The mapped fields of a row, cleaned once; '' for a field without a column. */
type Cells = Readonly<Record<ImportField, string>>;

function cellsReader(table: IRawTable, mapping: ColumnMapping): (cells: readonly string[]) => Cells {
  const index: [ImportField, number][] = [];
  for (const [field, header] of Object.entries(mapping) as [ImportField, string | undefined][]) {
    if (!header) continue;
    const i = table.headers.indexOf(header);
    if (i >= 0) index.push([field, i]);
  }
  const empty = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ''])) as Record<ImportField, string>;
  return (cells) => {
    const out = { ...empty };
    for (const [field, i] of index) out[field] = clean(cells[i]);
    return out;
  };
}

function nameOf(c: Cells): string {
  const preferred = c.preferredName;
  if (preferred.includes(' ')) return preferred;
  const full = c.name;
  const first = c.firstName;
  const last = c.lastName;
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
  const read = cellsReader(table, mapping);
  const formats: Partial<Record<DateField, DateFormat>> = {};
  for (const f of DATE_FIELDS) {
    const i = mapping[f] ? table.headers.indexOf(mapping[f] as string) : -1;
    if (i >= 0) formats[f] = detectDateFormat(table.rows.slice(0, 2000).map((r) => clean(r.cells[i])));
  }
  const records: IImportRecord[] = [];
  const errors: IRowError[] = [];
  let rowsWithoutNumber = 0;
  const numbersWithErrors = new Set<string>();
  for (const row of table.rows) {
    const c = read(row.cells);
    const before = errors.length;
    const record = readRow(c, row.line, formats, today, errors);
    if (!c.employeeNumber) rowsWithoutNumber++;
    if (record) records.push(record);
    else if (errors.length > before && c.employeeNumber) numbersWithErrors.add(c.employeeNumber.toLowerCase());
  }
  return { ...markDuplicates(records, errors, numbersWithErrors), dateFormats: formats, rowsWithoutNumber, numbersWithErrors };
}

/** One row: its record, or its errors added to `errors` (no closures: this runs 45,000 times per preview). */
function readRow(c: Cells, line: number, formats: Partial<Record<DateField, DateFormat>>, today: IsoDate, errors: IRowError[]): IImportRecord | undefined {
  const first = errors.length;
  const employeeNumber = c.employeeNumber;
  if (!employeeNumber) errors.push({ line, code: 'missingEmployeeNumber', field: 'employeeNumber' });
  else if (employeeNumber.length > NUMBER_LIMIT) errors.push({ line, code: 'employeeNumberTooLong', field: 'employeeNumber', value: employeeNumber });
  const leaves = c.action !== '' && LEAVE.test(c.action);
  const name = nameOf(c);
  if (!name && !leaves) errors.push({ line, code: 'missingName', field: 'name' });
  const dates: Partial<Record<DateField, IsoDate>> = {};
  for (const f of DATE_FIELDS) {
    const format = formats[f];
    if (!format) continue;
    const r = readDate(c[f], format);
    if (r.ok) dates[f] = r.date;
    else errors.push({ line, code: r.code, field: f, value: c[f] });
  }
  let birthDate = dates.birthDate;
  let fromCpr = false;
  if (!birthDate && c.cpr) {
    birthDate = birthDateFromCpr(c.cpr);
    fromCpr = birthDate !== undefined;
    if (!birthDate) errors.push({ line, code: 'invalidCpr', field: 'cpr', value: maskCpr(c.cpr) });
  }
  // Dates here are valid YYYY-MM-DD strings: they compare as text.
  if (birthDate && (birthDate > today || Number(birthDate.slice(0, 4)) < OLDEST_BIRTH_YEAR)) {
    errors.push({ line, code: birthDate > today ? 'birthDateInFuture' : 'birthDateTooOld', field: fromCpr ? 'cpr' : 'birthDate', value: fromCpr ? maskCpr(c.cpr) : c.birthDate });
  }
  const email = c.email.toLowerCase();
  if (email && !EMAIL.test(email)) errors.push({ line, code: 'invalidEmail', field: 'email', value: c.email });
  const startDate = dates.startDate ?? dates.firstStartDate;
  if (startDate && dates.endDate && dates.endDate < startDate) errors.push({ line, code: 'endBeforeStart', field: 'endDate', value: c.endDate });
  for (const f of TEXT_FIELDS) {
    if (c[f].length > TEXT_LIMIT) errors.push({ line, code: 'tooLong', field: f, value: `${c[f].slice(0, 40)}…` });
  }
  if (name.length > TEXT_LIMIT) errors.push({ line, code: 'tooLong', field: 'name', value: `${name.slice(0, 40)}…` });
  for (const f of CPR_GUARDED) {
    if (c[f] !== '' && holdsCpr(c[f])) errors.push({ line, code: 'cprInField', field: f, value: maskCpr(c[f]) });
  }
  if (errors.length > first) return undefined;
  const values: EmployeeValues = {};
  if (name) values.name = name;
  if (email) values.email = email;
  if (birthDate) values.birthDate = birthDate;
  if (dates.seniorityDate) values.seniorityDate = dates.seniorityDate;
  if (startDate) values.startDate = startDate;
  if (dates.endDate) values.endDate = dates.endDate;
  if (c.jobTitle) values.jobTitle = c.jobTitle;
  if (c.workplace) values.workplace = c.workplace;
  if (c.area) values.area = c.area;
  const record: { -readonly [K in keyof IImportRecord]: IImportRecord[K] } = { line, employeeNumber, values };
  if (leaves) record.leaves = true;
  if (fromCpr) record.birthDateFromCpr = true;
  return record;
}

/** Rows sharing an employee number: none of them is used (which one is right is HR's call), each is an error. */
function markDuplicates(records: readonly IImportRecord[], errors: readonly IRowError[], numbersWithErrors: Set<string>): { records: IImportRecord[]; errors: IRowError[] } {
  const firstLine = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (const r of records) {
    const key = r.employeeNumber.toLowerCase();
    const seen = firstLine.get(key);
    if (seen === undefined) firstLine.set(key, r.line);
    else repeated.set(key, [...(repeated.get(key) ?? [seen]), r.line]);
  }
  if (repeated.size === 0) return { records: [...records], errors: [...errors] };
  const dup: IRowError[] = [];
  const kept: IImportRecord[] = [];
  for (const r of records) {
    const key = r.employeeNumber.toLowerCase();
    const same = repeated.get(key);
    if (same) {
      numbersWithErrors.add(key);
      dup.push({ line: r.line, code: 'duplicateEmployeeNumber', field: 'employeeNumber', value: r.employeeNumber, otherLine: same.find((l) => l !== r.line) });
    } else kept.push(r);
  }
  return { records: kept, errors: [...errors, ...dup].sort((a, b) => a.line - b.line) };
}
