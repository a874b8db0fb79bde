/** The Medarbejdere list's items as the import reads and writes them (field names in src/shared/data/lists.ts). */
import { toSharePointDate } from '../../../shared/domain/dates';
import { BuiltIn, EmployeeFields as F } from '../../../shared/data/lists';
import { dateOnly, num, text } from '../../../shared/data/rows';
import type { Row } from '../../../shared/data/rows';
import type { EmployeeField, EmployeeValues, IExistingEmployee } from '../domain/importModels';

/** Each written field's column and whether it is a date-only column. */
const COLUMNS: Readonly<Record<EmployeeField, { readonly name: string; readonly date: boolean }>> = {
  name: { name: BuiltIn.Title.name, date: false },
  email: { name: F.Email.name, date: false },
  birthDate: { name: F.BirthDate.name, date: true },
  seniorityDate: { name: F.SeniorityDate.name, date: true },
  startDate: { name: F.StartDate.name, date: true },
  endDate: { name: F.EndDate.name, date: true },
  jobTitle: { name: F.JobTitle.name, date: false },
  workplace: { name: F.Workplace.name, date: false },
  area: { name: F.Area.name, date: false },
};

export const EMPLOYEE_SELECT = [BuiltIn.Id.name, F.EmployeeNumber.name, ...Object.values(COLUMNS).map((c) => c.name)];

/** An item as the import compares it; undefined without an employee number (an item made by hand). */
export function existingOf(row: Row, zone: string): IExistingEmployee | undefined {
  const id = num(row, BuiltIn.Id.name);
  const employeeNumber = text(row, F.EmployeeNumber.name)?.trim();
  if (id === undefined || !employeeNumber) return undefined;
  const values: EmployeeValues = {};
  for (const [field, col] of Object.entries(COLUMNS) as [EmployeeField, { name: string; date: boolean }][]) {
    const v = col.date ? dateOnly(row, col.name, zone) : text(row, col.name)?.trim();
    if (v) values[field] = v;
  }
  return { id, employeeNumber, values };
}

/** The body of an add or update: '' clears a value; dates are midnight in the site's zone. */
export function bodyOf(values: EmployeeValues, zone: string, employeeNumber?: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (employeeNumber !== undefined) body[F.EmployeeNumber.name] = employeeNumber;
  for (const [field, v] of Object.entries(values) as [EmployeeField, string | undefined][]) {
    if (v === undefined) continue;
    const col = COLUMNS[field];
    body[col.name] = v === '' ? null : col.date ? toSharePointDate(v, zone) : v;
  }
  return body;
}
