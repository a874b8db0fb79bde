/**
 * CSV for Danish Excel, in one place: `;` between fields (Excel on a Danish machine), CRLF line ends, UTF-8 with a
 * byte-order mark (without it Excel reads æ, ø and å as two characters each), numbers with a decimal comma, yes and no as
 * ja and nej, and text that a spreadsheet would run as a formula defused.
 */

/** A cell: text, a number, yes/no, or nothing. */
export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
export const DANISH_CSV_SEPARATOR = ';';

const numberFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1, useGrouping: false });

/** A number as Danish Excel reads it: `12,5`. */
export function csvNumber(value: number): string {
  return numberFormat.format(value).replace(/\u2212/g, '-');
}

/**
 * One field: quoted when it holds the separator, a quote or a line break; text starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return gets a leading apostrophe, as OWASP advises against CSV injection.
 */
export function csvField(cell: CsvCell, separator: string = DANISH_CSV_SEPARATOR): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return csvNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as one CSV text, the byte-order mark first and a line end after the last row. */
export function csvText(rows: readonly (readonly CsvCell[])[], separator: string = DANISH_CSV_SEPARATOR): string {
  return `${CSV_BOM}${rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}
