/**
 * How HR's file is written: its encoding (UTF-8 with or without BOM, or Windows-1252 as Danish Excel and many payroll
 * exports save "ANSI" text), its kind (CSV or KMD OPUS XML) and a CSV's separator (`;` from Danish Excel, `,`, or tab).
 * Pure: decoding the bytes is left to the browser's TextDecoder (data/files).
 */
import type { FileEncoding, Separator } from './importModels';

/** UTF-8 when the bytes are valid UTF-8 (with its BOM: `utf-8-bom`); otherwise Windows-1252. */
export function detectEncoding(bytes: Uint8Array): FileEncoding {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/** Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return false;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/** An XML file (KMD OPUS), by its first non-blank character. */
export function looksLikeXml(text: string): boolean {
  return /^\s*</.test(text);
}

const CANDIDATES: readonly Separator[] = [';', ',', '\t'];

/** Counts a separator in a line, outside double quotes. */
function countOutsideQuotes(line: string, sep: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) count++;
  }
  return count;
}

/**
 * The separator that splits the first lines into the same number of columns, the most columns winning; `;` when
 * nothing tells (a one-column file).
 */
export function detectSeparator(text: string): Separator {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  let best: Separator = ';';
  let bestScore = 0;
  for (const sep of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, sep));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    // Lines with a quoted line break inside count fewer: consistency is measured, not required.
    const consistent = counts.filter((c) => c === header).length / counts.length;
    const score = header * consistent;
    if (score > bestScore) [best, bestScore] = [sep, score];
  }
  return best;
}
