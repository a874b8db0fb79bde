/**
 * Reading HR's file in the browser: the bytes decoded with the browser's TextDecoder (UTF-8, with or without BOM, or
 * Windows-1252), a CSV split by Papa Parse with the detected separator, a KMD OPUS XML dump read with DOMParser
 * (opusXml.ts). Nothing leaves the browser here.
 */
import * as Papa from 'papaparse';
import { detectEncoding, detectSeparator, looksLikeXml } from '../domain/fileFormat';
import type { IRawRow, IRawTable } from '../domain/importModels';
import { ImportFileError } from './importFileError';
import { readOpusXml } from './opusXml';

export { ImportFileError } from './importFileError';

/** Windows-1252's characters at 0x80–0x9F (where Latin-1 has control characters), in byte order. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The text of the bytes in the encoding they are in. */
export function decodeFile(bytes: Uint8Array): { text: string; encoding: IRawTable['encoding'] } {
  const encoding = detectEncoding(bytes);
  const decoder = new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8');
  let text = decoder.decode(encoding === 'utf-8-bom' ? bytes.subarray(3) : bytes);
  // Browsers decode Windows-1252 by the WHATWG table; Node's decoder (benchmarks, tests) gives Latin-1's control
  // characters for 0x80–0x9F. Mapping those here makes both read € and – alike.
  if (encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  return { text: text.replace(/^\uFEFF/, '').normalize('NFC'), encoding };
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/** A CSV's header and rows, each row with its line number in the file (quoted line breaks counted). */
export function readCsv(text: string, fileName: string, encoding: IRawTable['encoding']): IRawTable {
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, header: false, skipEmptyLines: false });
  const data = parsed.data;
  let line = 1;
  let headers: string[] | undefined;
  const rows: IRawRow[] = [];
  for (const cells of data) {
    const here = line;
    // Each row takes one line plus the line breaks inside its quoted cells.
    line += 1 + cells.reduce((n, c) => n + (c.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
    if (isBlank(cells)) continue;
    if (!headers) headers = cells.map((c) => c.trim());
    else rows.push({ line: here, cells });
  }
  if (!headers) throw new ImportFileError('empty', `${fileName}: no header row`);
  return { kind: 'csv', fileName, headers, rows, encoding, separator };
}

/** HR's file as a table: CSV or KMD OPUS XML, told apart by the content, not the name. */
export function readImportFile(bytes: Uint8Array, fileName: string): IRawTable {
  const { text, encoding } = decodeFile(bytes);
  if (text.trim() === '') throw new ImportFileError('empty', `${fileName}: empty`);
  if (looksLikeXml(text)) return readOpusXml(text, fileName, encoding);
  return readCsv(text, fileName, encoding);
}
