/**
 * The rows HR must fix, as a CSV to open in Excel, fix and load again: UTF-8 with BOM, the file's own separator and
 * headers, each row with its line number and the reasons first. It never holds a CPR number: the CPR cells are emptied
 * and the birth date derived from them is written instead (in the file's birth-date column, or a new *Fødselsdato*).
 */
import { birthDateFromCpr, holdsCpr, looksLikeCpr } from './cpr';
import type { ColumnMapping, IRawTable, IRowError } from './importModels';

export interface IErrorFileTexts {
  readonly lineHeader: string;
  readonly reasonHeader: string;
  readonly birthDateHeader: string;
  /** One error in words. */
  describe(error: IRowError): string;
}

function quote(value: string, sep: string): string {
  return value.includes(sep) || value.includes('"') || /[\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const dmy = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/**
 * Columns holding CPR numbers: the one mapped to `cpr`, any whose header names a CPR number, and any whose values all
 * look like one, so a CPR column HR left unmapped is never shown or written either.
 */
export function cprColumns(table: IRawTable, mapping: ColumnMapping): ReadonlySet<number> {
  const out = new Set<number>();
  table.headers.forEach((h, i) => {
    if (h === mapping.cpr || /cpr|personn/i.test(h)) {
      out.add(i);
      return;
    }
    const sample = table.rows
      .slice(0, 50)
      .map((r) => (r.cells[i] ?? '').trim())
      .filter((v) => v !== '');
    if (sample.length > 0 && sample.every(looksLikeCpr)) out.add(i);
  });
  return out;
}

/** The error rows as a CSV file's text (with BOM and CRLF, as Excel writes). */
export function errorRowsCsv(table: IRawTable, mapping: ColumnMapping, errors: readonly IRowError[], texts: IErrorFileTexts): string {
  const sep = table.separator ?? ';';
  const cpr = cprColumns(table, mapping);
  const cprIndex = mapping.cpr ? table.headers.indexOf(mapping.cpr) : -1;
  const birthIndex = mapping.birthDate ? table.headers.indexOf(mapping.birthDate) : -1;
  const addBirth = cpr.size > 0 && birthIndex < 0;
  const byLine = new Map<number, IRowError[]>();
  for (const e of errors) byLine.set(e.line, [...(byLine.get(e.line) ?? []), e]);
  const header = [texts.lineHeader, texts.reasonHeader, ...table.headers, ...(addBirth ? [texts.birthDateHeader] : [])];
  const lines = [header.map((h) => quote(h, sep)).join(sep)];
  for (const row of table.rows) {
    const rowErrors = byLine.get(row.line);
    if (!rowErrors) continue;
    const derived = cprIndex >= 0 ? birthDateFromCpr(row.cells[cprIndex] ?? '') : undefined;
    const cells = table.headers.map((_h, i) => {
      if (cpr.has(i)) return '';
      if (i === birthIndex && (row.cells[i] ?? '').trim() === '' && derived) return dmy(derived);
      const cell = row.cells[i] ?? '';
      // A CPR number in another column (the row's error, or HR's slip) is masked here too.
      return holdsCpr(cell) ? cell.replace(/(\d{6})-?\d{4}/g, '$1-****') : cell;
    });
    if (addBirth) cells.push(derived ? dmy(derived) : '');
    const reason = rowErrors.map((e) => texts.describe(e)).join(' ');
    lines.push([String(row.line), reason, ...cells].map((c) => quote(c, sep)).join(sep));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
