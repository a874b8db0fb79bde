import { proposeMapping } from '../../../../src/features/employees/domain/columnMapping';
import { errorRowsCsv } from '../../../../src/features/employees/domain/errorFile';
import { readRows } from '../../../../src/features/employees/domain/importRows';
import { readImportFile } from '../../../../src/features/employees/data/importFile';
import { SOFD_HEADER, utf8, windows1252 } from '../support/files';

const TEXTS = { lineHeader: 'Linje', reasonHeader: 'Fejl', birthDateHeader: 'Fødselsdato', describe: (e: { code: string; line: number }) => `${e.code} (linje ${e.line}).` };

describe('the error rows as a CSV to fix and load again', () => {
  const text = [
    SOFD_HEADER,
    '100017;Anne Hansen;;anne.hansen@norddjurs.dk;120376-1234;SOSU;"Hjemmeplejen; Syd";;;;',
    '100018;Bo Ørum;;bo.orum(at)norddjurs.dk;031265-2345;Vejmand;Vej og Park;31-02-1980;;;',
    '100019;Cai Berg;;cai@norddjurs.dk;310299-1234;Lærer;Skolen;;;;',
  ].join('\r\n');
  const table = readImportFile(windows1252(text), 'sofd.csv');
  const mapping = proposeMapping(table.headers);
  const { errors } = readRows(table, mapping, '2026-11-27');
  const csv = errorRowsCsv(table, mapping, errors, TEXTS);

  it('holds only the rows with errors, their line and reasons first, in the file own separator, with BOM and CRLF', () => {
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(`Linje;Fejl;${SOFD_HEADER};Fødselsdato`);
    expect(lines[1]).toBe('3;impossibleDate (linje 3). invalidEmail (linje 3).;100018;Bo Ørum;;bo.orum(at)norddjurs.dk;;Vejmand;Vej og Park;31-02-1980;;;;03-12-1965');
    expect(lines[2]).toMatch(/^4;invalidCpr \(linje 4\)\.;100019;Cai Berg;;cai@norddjurs\.dk;;/);
    expect(lines).toHaveLength(4);
  });

  it('never holds a CPR number: the cells are emptied and the derived birth date written instead', () => {
    for (const cpr of ['031265-2345', '310299-1234', '2345']) expect(csv).not.toContain(cpr);
  });

  it('masks a CPR number found in another column', () => {
    const t = readImportFile(windows1252([SOFD_HEADER, '0312652345;Bo 031265-2345 Ørum;;bo@norddjurs.dk;;;;;;;'].join('\r\n')), 'x.csv');
    const m = proposeMapping(t.headers);
    const out = errorRowsCsv(t, m, readRows(t, m, '2026-11-27').errors, TEXTS);
    // The MaNr column holds only CPR-shaped values here: it is taken for a CPR column and emptied.
    expect(out).toContain(';;Bo 031265-**** Ørum;');
    expect(out).not.toMatch(/2345/);
  });

  it('loads again: the fixed file maps the birth date column and needs no CPR number', () => {
    const again = readImportFile(utf8(csv.replace('bo.orum(at)', 'bo.orum@').replace('31-02-1980', '28-02-1980')), 'fejl.csv');
    const m = proposeMapping(again.headers);
    expect(m.birthDate).toBe('Fødselsdato');
    const rows = readRows(again, m, '2026-11-27');
    // Cai's CPR number gave no date: the reason names it masked; HR types his birth date, or he loads without one.
    expect(rows.records.map((r) => [r.employeeNumber, r.values.birthDate])).toEqual([
      ['100018', '1965-12-03'],
      ['100019', undefined],
    ]);
  });
});
