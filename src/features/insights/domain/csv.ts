/**
 * The whole view as one CSV file for Danish Excel: `;` between fields, decimal comma, CRLF line ends, UTF-8 with a
 * byte-order mark (without it Excel reads æ, ø and å as two characters each). Each table comes under its title, with
 * a blank line between tables.
 */

import { CSV_BOM, csvField } from '../../../shared/domain/csv';

/** A table cell: text, or a number (written with a decimal comma, at most one decimal). */
export type Cell = string | number;

/** One table of the view: the same rows the page shows as its data table alternative. */
export interface ITable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** One field for Danish Excel: the one rule, src/shared/domain/csv.ts (decimal comma, quoting, formulas defused). */
export { csvField } from '../../../shared/domain/csv';

/** The tables as one CSV text, the byte-order mark first. */
export function toCsv(tables: readonly ITable[]): string {
  const lines: string[] = [];
  tables.forEach((table, i) => {
    if (i > 0) lines.push('');
    lines.push(csvField(table.title));
    lines.push(table.columns.map((c) => csvField(c)).join(';'));
    for (const row of table.rows) lines.push(row.map((c) => csvField(c)).join(';'));
  });
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
