/**
 * @jest-environment jsdom
 */
/** The example files under docs/ (the README points HR to them) load as the README says. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { readImportFile } from '../../../../src/features/employees/data/importFile';
import { proposeMapping } from '../../../../src/features/employees/domain/columnMapping';
import { readRows } from '../../../../src/features/employees/domain/importRows';

globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

const load = (name: string): ReturnType<typeof readRows> & { table: ReturnType<typeof readImportFile> } => {
  const table = readImportFile(new Uint8Array(readFileSync(join(__dirname, '../../../../docs', name))), name);
  return { table, ...readRows(table, proposeMapping(table.headers), '2026-11-27') };
};

describe('the example files in docs/', () => {
  it('medarbejdere-sofd.csv: SOFD columns, Windows-1252, ;, CPR numbers, one row with an impossible date', () => {
    const r = load('medarbejdere-sofd.csv');
    expect(r.table).toMatchObject({ kind: 'csv', encoding: 'windows-1252', separator: ';' });
    expect(r.records).toHaveLength(8);
    expect(r.errors).toEqual([{ line: 10, code: 'impossibleDate', field: 'firstStartDate', value: '31-02-1999' }]);
    expect(r.records.find((x) => x.employeeNumber === '9000105')?.values.name).toBe('Mads Nørgaard');
    expect(r.records.filter((x) => x.birthDateFromCpr)).toHaveLength(7);
  });

  it('medarbejdere-excel.csv: Danish headers, UTF-8 with BOM, ,', () => {
    const r = load('medarbejdere-excel.csv');
    expect(r.table).toMatchObject({ kind: 'csv', encoding: 'utf-8-bom', separator: ',' });
    expect(r.errors).toEqual([]);
    expect(r.records.map((x) => x.values.name)).toEqual(['Lærke Sørensen', 'Jens-Ole Ærtebjerg', 'Åse Ibsen-Ødegaard', 'Noah Nielsen']);
  });

  it('medarbejdere-opus.xml: KMD OPUS, two employees and a leaver', () => {
    const r = load('medarbejdere-opus.xml');
    expect(r.table.kind).toBe('opus');
    expect(r.errors).toEqual([]);
    expect(r.records.map((x) => [x.employeeNumber, !!x.leaves])).toEqual([
      ['500101', false],
      ['500102', false],
      ['500103', true],
    ]);
  });
});
