import { planImport } from '../../../../src/features/employees/domain/importDiff';
import type { EmployeeValues, IExistingEmployee, IImportPlan, IImportRecord } from '../../../../src/features/employees/domain/importModels';
import { EMPLOYEE_FIELDS } from '../../../../src/features/employees/domain/importModels';

const TODAY = '2026-11-27';
const ALL = new Set(EMPLOYEE_FIELDS);
const rec = (line: number, employeeNumber: string, values: EmployeeValues, leaves?: boolean): IImportRecord => ({ line, employeeNumber, values, ...(leaves ? { leaves } : {}) });

const existing: IExistingEmployee[] = [
  { id: 1, employeeNumber: '100', values: { name: 'Anne Hansen', email: 'anne@norddjurs.dk', birthDate: '1976-03-12', jobTitle: 'SOSU-assistent' } },
  { id: 2, employeeNumber: '101', values: { name: 'Bo Ørum', email: 'bo@norddjurs.dk', jobTitle: 'Vejmand' } },
  { id: 3, employeeNumber: '102', values: { name: 'Carl Ravn', jobTitle: 'Lærer' } },
  { id: 4, employeeNumber: '103', values: { name: 'Dorte Ege', endDate: '2026-06-30' } },
];

/** The list after a plan is written, as the repository writes it. */
function apply(plan: IImportPlan, list: IExistingEmployee[]): IExistingEmployee[] {
  const out = list.map((e) => ({ ...e, values: { ...e.values } }));
  let id = 100;
  for (const c of plan.changes) {
    const target = c.id === undefined ? undefined : out.find((e) => e.id === c.id);
    const values = { ...(target?.values ?? {}), ...c.values };
    for (const f of EMPLOYEE_FIELDS) if (values[f] === '') delete values[f];
    if (target) target.values = values;
    else out.push({ id: id++, employeeNumber: c.employeeNumber, values });
  }
  return out;
}

describe('the preview: new, changed (with fields), unchanged, leaving', () => {
  const records = [
    rec(2, '100', { name: 'Anne Hansen', email: 'Anne@Norddjurs.dk', birthDate: '1976-03-12', jobTitle: 'SOSU-assistent' }),
    rec(3, '101', { name: 'Bo Ørum', email: 'bo@norddjurs.dk', jobTitle: 'Vejformand' }),
    rec(4, '200', { name: 'Ea Nyholm', email: 'ea@norddjurs.dk', startDate: '2026-12-01' }),
    rec(5, '103', { name: 'Dorte Ege' }),
  ];
  const plan = planImport(records, existing, [], { today: TODAY, provided: ALL, fullExtract: true });

  it('counts and describes each kind', () => {
    expect(plan.counts).toEqual({ new: 1, changed: 2, unchanged: 1, leaving: 1, errors: 0 });
    expect(plan.changes.find((c) => c.employeeNumber === '101')).toMatchObject({ kind: 'changed', id: 2, fields: ['jobTitle'], values: { jobTitle: 'Vejformand' }, before: { jobTitle: 'Vejmand' } });
    expect(plan.changes.find((c) => c.employeeNumber === '200')).toMatchObject({ kind: 'new', line: 4, fields: ['name', 'email', 'startDate'] });
    // Carl is missing from the full extract: he leaves today, and is not deleted.
    expect(plan.changes.find((c) => c.employeeNumber === '102')).toEqual({ kind: 'leaving', employeeNumber: '102', name: 'Carl Ravn', id: 3, values: { endDate: TODAY }, fields: ['endDate'], before: { endDate: '' } });
    // Dorte is in the extract without an end date: she is employed again.
    expect(plan.changes.find((c) => c.employeeNumber === '103')).toMatchObject({ kind: 'changed', fields: ['endDate'], values: { endDate: '' } });
  });

  it('is idempotent: the same file against the written list plans nothing', () => {
    const after = apply(plan, existing);
    const again = planImport(records, after, [], { today: TODAY, provided: ALL, fullExtract: true });
    expect(again.changes).toEqual([]);
    expect(again.counts).toMatchObject({ unchanged: 4, new: 0, changed: 0, leaving: 0 });
  });

  it('resumes: after part of the plan was written, only the rest is planned', () => {
    const half = { ...plan, changes: plan.changes.slice(0, 2) };
    const rest = planImport(records, apply(half, existing), [], { today: TODAY, provided: ALL, fullExtract: true });
    expect(rest.changes.map((c) => c.employeeNumber)).toEqual(plan.changes.slice(2).map((c) => c.employeeNumber));
  });
});

describe('what is left alone', () => {
  it('compares only the fields the file has columns for, and an empty cell keeps the list value', () => {
    const plan = planImport([rec(2, '100', { name: 'Anne Hansen' })], existing, [], { today: TODAY, provided: new Set(['name', 'email']), fullExtract: false });
    expect(plan.changes).toEqual([]);
  });

  it('ends nobody missing from a delta (OPUS), but ends those it marks as leaving', () => {
    const plan = planImport([rec(7, '101', {}, true)], existing, [], { today: TODAY, provided: new Set(['name', 'endDate']), fullExtract: false });
    expect(plan.changes).toEqual([{ kind: 'leaving', employeeNumber: '101', name: 'Bo Ørum', id: 2, line: 7, values: { endDate: TODAY }, fields: ['endDate'], before: { endDate: '' } }]);
  });

  it('adds no item for a bare leaver the list never had', () => {
    const plan = planImport([rec(7, '999', {}, true)], existing, [], { today: TODAY, provided: new Set(['name', 'endDate']), fullExtract: false });
    expect(plan.changes).toEqual([]);
    expect(plan.counts.unchanged).toBe(1);
  });

  it('ends nobody when rows lack an employee number, and never someone whose row has an error', () => {
    const suspended = planImport([], existing, [{ line: 2, code: 'missingEmployeeNumber' }], { today: TODAY, provided: ALL, fullExtract: true, rowsWithoutNumber: 1 });
    expect(suspended.leaversSuspended).toBe(true);
    expect(suspended.changes).toEqual([]);
    const guarded = planImport([], existing, [], { today: TODAY, provided: ALL, fullExtract: true, numbersWithErrors: new Set(['100', '101']) });
    expect(guarded.changes.map((c) => c.employeeNumber)).toEqual(['102']);
  });
});
