/**
 * A short key for "this file's content", so an interrupted load is recognised when HR picks the same file again and
 * its receipt is continued instead of a second one begun. Made from the records (employee numbers and the values
 * written), never from the file's bytes: a CPR number is in no record, so none is in the key.
 */
import type { IImportRecord } from './importModels';
import { EMPLOYEE_FIELDS } from './importModels';

/** FNV-1a over UTF-16 code units, 32 bits, from a seed. */
function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function importKey(records: readonly IImportRecord[]): string {
  const text = records.map((r) => [r.employeeNumber, r.leaves ? 'leave' : '', ...EMPLOYEE_FIELDS.map((f) => r.values[f] ?? '')].join('\u001f')).join('\u001e');
  return `${fnv(text, 0x811c9dc5).toString(16).padStart(8, '0')}${fnv(text, 0x050c5d1f).toString(16).padStart(8, '0')}-${records.length}`;
}
