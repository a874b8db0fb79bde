/** 45,000 rows (a large municipality) against 45,000 items: the whole browser path gives the right plan. Timed in bench/import. */
import { proposeMapping } from '../../../../src/features/employees/domain/columnMapping';
import { planImport } from '../../../../src/features/employees/domain/importDiff';
import type { IExistingEmployee } from '../../../../src/features/employees/domain/importModels';
import { providedFields, readRows } from '../../../../src/features/employees/domain/importRows';
import { readImportFile } from '../../../../src/features/employees/data/importFile';
import { largeSofd, windows1252 } from '../support/files';

describe('45,000 rows', () => {
  it('plans 3,000 changed job titles and nothing else against the same extract loaded before', () => {
    const before = readImportFile(windows1252(largeSofd(45000)), 'før.csv');
    const mapping = proposeMapping(before.headers);
    const existing: IExistingEmployee[] = readRows(before, mapping, '2026-11-27').records.map((r, i) => ({ id: i + 1, employeeNumber: r.employeeNumber, values: r.values }));
    expect(existing).toHaveLength(45000);
    const table = readImportFile(windows1252(largeSofd(45000, ' (ny)')), 'efter.csv');
    const rows = readRows(table, mapping, '2026-11-27');
    expect(rows.errors).toEqual([]);
    const plan = planImport(rows.records, existing, rows.errors, { today: '2026-11-27', provided: providedFields(mapping), fullExtract: true });
    expect(plan.counts).toEqual({ new: 0, changed: 3000, unchanged: 42000, leaving: 0, errors: 0 });
    expect(plan.changes[1]).toMatchObject({ employeeNumber: '300015', fields: ['jobTitle'], values: { jobTitle: 'Konsulent (ny)' } });
  });
});
