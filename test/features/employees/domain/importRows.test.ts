import { proposeMapping } from '../../../../src/features/employees/domain/columnMapping';
import { providedFields, readRows } from '../../../../src/features/employees/domain/importRows';
import type { IRawTable } from '../../../../src/features/employees/domain/importModels';
import { readImportFile } from '../../../../src/features/employees/data/importFile';
import { excelCsv, SOFD_HEADER, sofdCsv, utf8Bom, windows1252 } from '../support/files';

const TODAY = '2026-11-27';

function table(rows: string[], header = SOFD_HEADER): IRawTable {
  return readImportFile(windows1252(`${[header, ...rows].join('\r\n')}\r\n`), 't.csv');
}

describe('rows of a SOFD export', () => {
  const t = readImportFile(windows1252(sofdCsv()), 'sofd.csv');
  const result = readRows(t, proposeMapping(t.headers), TODAY);

  it('reads every row: name (Kaldenavn first), lower-case e-mail, dates, jubilee from its own column', () => {
    expect(result.errors).toEqual([]);
    expect(result.records.map((r) => r.employeeNumber)).toEqual(['100017', '100018', '100019', '100020']);
    expect(result.records[1]).toEqual({
      line: 3,
      employeeNumber: '100018',
      birthDateFromCpr: true,
      values: { name: 'Bjørn Østergaard', email: 'bjorn.ostergaard@norddjurs.dk', birthDate: '1965-12-03', seniorityDate: '1990-03-15', startDate: '1990-03-15', jobTitle: 'Vejmand', workplace: 'Vej; Park og Grønne Områder' },
    });
    // Zoë: hired again in 2005, her jubilee counts from 1989 (Jubilaeumsanciennitetsdato), not from either hire date.
    expect(result.records[3].values).toMatchObject({ seniorityDate: '1989-02-01', startDate: '2005-02-01', endDate: '2026-12-31' });
    expect(result.records[3].values.birthDate).toBeUndefined();
    expect(result.dateFormats).toMatchObject({ startDate: 'dd-mm-yyyy', seniorityDate: 'dd-mm-yyyy' });
  });

  it('derives the birth date from the CPR number (7th digit and year give the century) and keeps no CPR number', () => {
    expect(result.records[0].values.birthDate).toBe('1976-03-12');
    expect(result.records[2].values.birthDate).toBe('2004-02-29');
    const kept = JSON.stringify(result);
    for (const cpr of ['120376-1234', '1203761234', '031265-2345', '290204-4321', '1234', '4321']) expect(kept).not.toContain(cpr);
  });

  it('takes the seniority date from nothing else: without its column no jubilee date is set', () => {
    const mapping = { ...proposeMapping(t.headers), seniorityDate: '' };
    expect(readRows(t, mapping, TODAY).records.every((r) => r.values.seniorityDate === undefined)).toBe(true);
    expect(providedFields(mapping).has('seniorityDate')).toBe(false);
  });
});

describe('row errors, each with its line and reason', () => {
  it('finds a missing number, an impossible date, a birth date in the future, a bad e-mail, an invalid CPR number', () => {
    const t = table([
      ';Uden Nummer;;uden@norddjurs.dk;;;;;;;',
      '200001;Dato Forkert;;d@norddjurs.dk;;;;01-01-2000;31-02-1980;;',
      '200002;Født Senere;;f@norddjurs.dk;010130-4111;;;;;;',
      '200003;Mail Forkert;;mail.norddjurs.dk;;;;;;;',
      '200004;Cpr Forkert;;c@norddjurs.dk;310280-1234;;;;;;',
      '200005;Slutter Før;;s@norddjurs.dk;;;;;01-01-2020;01-01-2019;',
      '200006;;;;;;;;;;',
    ]);
    const r = readRows(t, proposeMapping(t.headers), TODAY);
    expect(r.records).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.code, e.field, e.value])).toEqual([
      [2, 'missingEmployeeNumber', 'employeeNumber', undefined],
      [3, 'impossibleDate', 'startDate', '31-02-1980'],
      [4, 'birthDateInFuture', 'cpr', '010130-****'],
      [5, 'invalidEmail', 'email', 'mail.norddjurs.dk'],
      [6, 'invalidCpr', 'cpr', '310280-****'],
      [7, 'endBeforeStart', 'endDate', '01-01-2019'],
      [8, 'missingName', 'name', undefined],
    ]);
    expect(r.rowsWithoutNumber).toBe(1);
    expect([...r.numbersWithErrors].sort()).toEqual(['200001', '200002', '200003', '200004', '200005', '200006']);
  });

  it('refuses a row with a CPR number where none belongs, masked in the reason', () => {
    const t = table(['400001;Anne 120376-1234 Hansen;;a@norddjurs.dk;;;;;;;', '1203761234;Bo;;b@norddjurs.dk;;;;;;;', '12345678;Cai;;c@norddjurs.dk;;Vejmand;;;;;']);
    const r = readRows(t, proposeMapping(t.headers), TODAY);
    expect(r.errors).toEqual([
      { line: 2, code: 'cprInField', field: 'name', value: '****' },
      { line: 3, code: 'cprInField', field: 'employeeNumber', value: '120376-****' },
    ]);
    expect(r.records.map((x) => x.employeeNumber)).toEqual(['12345678']);
    expect(JSON.stringify(r)).not.toMatch(/1234(?!5)/);
  });

  it('rejects every row of a duplicated employee number, naming the other line', () => {
    const t = table(['300001;Anne;;a@norddjurs.dk;;;;;;;', '300002;Bo;;b@norddjurs.dk;;;;;;;', '300001;Anne To;;a2@norddjurs.dk;;;;;;;']);
    const r = readRows(t, proposeMapping(t.headers), TODAY);
    expect(r.records.map((x) => x.employeeNumber)).toEqual(['300002']);
    expect(r.errors).toEqual([
      { line: 2, code: 'duplicateEmployeeNumber', field: 'employeeNumber', value: '300001', otherLine: 4 },
      { line: 4, code: 'duplicateEmployeeNumber', field: 'employeeNumber', value: '300001', otherLine: 2 },
    ]);
  });

  it('reads an Excel-made file: first and last name, dd.mm.yyyy, area', () => {
    const t = readImportFile(utf8Bom(excelCsv()), 'excel.csv');
    const r = readRows(t, proposeMapping(t.headers), TODAY);
    expect(r.errors).toEqual([]);
    expect(r.records[1].values).toEqual({
      name: 'Jens-Ole Ærtebjerg',
      email: 'jens-ole.aertebjerg@norddjurs.dk',
      birthDate: '1976-12-02',
      seniorityDate: '2001-12-01',
      startDate: '2001-12-01',
      jobTitle: 'Ingeniør',
      workplace: 'Teknik og Miljø',
      area: 'Teknik og Miljø',
    });
    expect(r.dateFormats.birthDate).toBe('dd.mm.yyyy');
  });
});
