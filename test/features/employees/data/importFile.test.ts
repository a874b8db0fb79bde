/** HR's files read as tables: both encodings, both separators, quoted `;`, CRLF, BOM, empty trailing lines. */
import { decodeFile, ImportFileError, readImportFile } from '../../../../src/features/employees/data/importFile';
import { excelCsv, largeSofd, SOFD_HEADER, sofdCsv, utf8, utf8Bom, windows1252 } from '../support/files';

describe('reading a CSV', () => {
  it('reads a SOFD export in Windows-1252 with ; and CRLF: æøå intact, quoted ; kept, empty trailing lines dropped', () => {
    const table = readImportFile(windows1252(sofdCsv()), 'sofd.csv');
    expect(table).toMatchObject({ kind: 'csv', encoding: 'windows-1252', separator: ';', headers: SOFD_HEADER.split(';') });
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(table.rows[0].cells[1]).toBe('Anne Sofie Ærø Hansen');
    expect(table.rows[1].cells[6]).toBe('Vej; Park og Grønne Områder');
    expect(table.rows[2].cells[1]).toBe('René Åkesson-Møller');
  });

  it('reads the same file in UTF-8 with BOM to the same table', () => {
    const a = readImportFile(windows1252(sofdCsv()), 'a.csv');
    const b = readImportFile(utf8Bom(sofdCsv()), 'b.csv');
    expect(b.encoding).toBe('utf-8-bom');
    expect(b.headers[0]).toBe('MaNr');
    expect(b.rows).toEqual(a.rows);
  });

  it('reads an Excel-made UTF-8 file with , and quoted commas', () => {
    const table = readImportFile(utf8Bom(excelCsv()), 'excel.csv');
    expect(table.separator).toBe(',');
    expect(table.headers[0]).toBe('Medarbejdernr.');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0].cells[8]).toBe('Plejecenter Digterparken, Grenaa');
    expect(table.rows[1].cells[2]).toBe('Ærtebjerg');
  });

  it('counts line breaks inside quoted cells in the line numbers, and skips blank lines in between', () => {
    const text = 'MaNr;Navn;Stilling\r\n1;Anne;"Leder\r\nog koordinator"\r\n\r\n2;Bo;Vejmand\r\n';
    const table = readImportFile(utf8(text), 'x.csv');
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [5, '2'],
    ]);
  });

  it('decodes Windows-1252 characters that Latin-1 does not have (€, –)', () => {
    expect(decodeFile(new Uint8Array([0x80, 0x20, 0x96])).text).toBe('€ –');
  });

  it('refuses an empty file', () => {
    expect(() => readImportFile(utf8('\r\n\r\n'), 'tom.csv')).toThrow(ImportFileError);
  });

  it('reads 45,000 rows', () => {
    const table = readImportFile(windows1252(largeSofd(45000)), 'stor.csv');
    expect(table.rows).toHaveLength(45000);
    expect(table.rows[44999]).toMatchObject({ line: 45001 });
    expect(table.rows[44999].cells[7]).toBe('Enhed 299; Norddjurs');
  });
});
