/**
 * The whole view as one CSV file for Danish Excel: `;` between fields, decimal comma, CRLF line ends, UTF-8 with a
 * byte-order mark (without it Excel reads æ, ø and å as two characters each). Each table comes under its title, with
 * a blank line between tables.
 */

/** A table cell: text, or a number (written with a decimal comma, at most one decimal). */
export type Cell = string | number;

/** One table of the view: the same rows the page shows as its data table alternative. */
export interface ITable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export const CSV_BOM = '\uFEFF';

const numberFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1, useGrouping: false });

/** A number as Danish Excel reads it: `12,5`. */
export function csvNumber(value: number): string {
  return numberFormat.format(value).replace(/\u2212/g, '-');
}

/**
 * One field: quoted when it holds `;`, a quote or a line break; text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, as OWASP advises.
 */
export function csvField(cell: Cell): string {
  if (typeof cell === 'number') return csvNumber(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The tables as one CSV text, the byte-order mark first. */
export function toCsv(tables: readonly ITable[]): string {
  const lines: string[] = [];
  tables.forEach((table, i) => {
    if (i > 0) lines.push('');
    lines.push(csvField(table.title));
    lines.push(table.columns.map(csvField).join(';'));
    for (const row of table.rows) lines.push(row.map(csvField).join(';'));
  });
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
