/**
 * @jest-environment jsdom
 */
/** A KMD OPUS dump read with the browser's DOMParser, then through the same mapping and rows as a CSV. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { proposeMapping } from '../../../../src/features/employees/domain/columnMapping';
import { planImport } from '../../../../src/features/employees/domain/importDiff';
import { providedFields, readRows } from '../../../../src/features/employees/domain/importRows';
import { ImportFileError, readImportFile } from '../../../../src/features/employees/data/importFile';

// jsdom has no TextDecoder; the browser's and Node's agree on UTF-8.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
const encode = (s: string): Uint8Array => new NodeTextEncoder().encode(s);

const example = new Uint8Array(readFileSync(join(__dirname, '../../../../docs/medarbejdere-opus.xml')));
const TODAY = '2026-11-27';

describe('KMD OPUS XML', () => {
  const table = readImportFile(example, 'ZLPE20261127_delta.xml');

  it('reads employees with their unit long name and the line each starts on', () => {
    expect(table.kind).toBe('opus');
    expect(table.rows.map((r) => [r.line, r.cells[0], r.cells[1]])).toEqual([
      [17, '500101', ''],
      [28, '500102', ''],
      [37, '500103', 'leave'],
    ]);
    expect(table.rows[1].cells[7]).toBe('Børnehuset Solsikken, Ørsted');
  });

  it('gives records: birth date from the CPR number, no jubilee, open end 9999-12-31 as no end, a bare leaver', () => {
    const mapping = proposeMapping(table.headers);
    const rows = readRows(table, mapping, TODAY);
    expect(rows.errors).toEqual([]);
    expect(rows.records[0]).toEqual({
      line: 17,
      employeeNumber: '500101',
      birthDateFromCpr: true,
      values: { name: 'Søs Kjærgaard-Ødum', email: 'sos.kjaergaard@norddjurs.dk', birthDate: '1990-05-04', startDate: '2026-12-01', jobTitle: 'Social- og sundhedshjælper', workplace: 'Hjemmeplejen Syd' },
    });
    expect(rows.records[1].values).toMatchObject({ name: 'Émile Andersen', birthDate: '1962-01-17', endDate: '2027-01-31' });
    expect(rows.records[2]).toEqual({ line: 37, employeeNumber: '500103', values: {}, leaves: true });
    expect(JSON.stringify(rows)).not.toMatch(/0405901234|1701624321|040590-1234/);
    const plan = planImport(rows.records, [{ id: 9, employeeNumber: '500103', values: { name: 'Gry Holm', seniorityDate: '2001-01-01' } }], rows.errors, {
      today: TODAY,
      provided: providedFields(mapping),
      fullExtract: false,
    });
    expect(plan.counts).toEqual({ new: 2, changed: 0, leaving: 1, unchanged: 0, errors: 0 });
    expect(plan.changes.map((c) => c.birthDateFromCpr ?? false)).toEqual([true, true, false]);
    // OPUS has no jubilee date: the list's seniority date is never touched.
    expect(plan.changes.every((c) => !('seniorityDate' in c.values))).toBe(true);
  });

  it('refuses XML that is not OPUS, and XML that is not well-formed', () => {
    expect(() => readImportFile(encode('<?xml version="1.0"?><root/>'), 'x.xml')).toThrow(ImportFileError);
    expect(() => readImportFile(encode('<kmd><employee></kmd>'), 'x.xml')).toThrow(/not well-formed/);
  });
});
