/**
 * CPR numbers, used only to derive a birth date in the browser. A CPR number is a protected identifier: nothing here
 * keeps it, and the import's records carry the birth date instead (see importRows.ts). Since 2007 not every CPR number
 * passes the modulus-11 check, so it is never checked.
 */
import { daysInMonth, toIsoDate } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';

const CPR = /^\s*(\d{2})(\d{2})(\d{2})[- ]?(\d)(\d{3})\s*$/;

/** Looks like a CPR number (`ddmmyy-ssss` or `ddmmyyssss`), whether or not its date exists. */
export function looksLikeCpr(value: string): boolean {
  return CPR.test(value);
}

/**
 * The birth date a CPR number gives: the 7th digit and the two-digit year give the century (0–3: 1900s; 4 or 9:
 * 2000s if the year is 36 or less, else 1900s; 5–8: 2000s if the year is 57 or less, else 1800s). Undefined when it
 * is not a CPR number or its date does not exist.
 */
export function birthDateFromCpr(value: string): IsoDate | undefined {
  const m = CPR.exec(value);
  if (!m) return undefined;
  const [day, month, yy, seventh] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  let century: number;
  if (seventh <= 3) century = 1900;
  else if (seventh === 4 || seventh === 9) century = yy <= 36 ? 2000 : 1900;
  else century = yy <= 57 ? 2000 : 1800;
  const year = century + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return toIsoDate(year, month, day);
}

/** A CPR number as the preview and error list may show it: the date part only (`010180-****`). */
export function maskCpr(value: string): string {
  const m = CPR.exec(value);
  return m ? `${m[1]}${m[2]}${m[3]}-****` : '****';
}

const CPR_INSIDE = /(?:^|\D)(\d{6})-(\d{4})(?:\D|$)/;

/**
 * A value that holds something shaped like a CPR number where none belongs (a name or job title cell, a 10-digit
 * "employee number" whose first six digits are a date): such a row is refused rather than sent to SharePoint.
 */
export function holdsCpr(value: string): boolean {
  if (CPR_INSIDE.test(value)) return true;
  return /^\d{10}$/.test(value) && birthDateFromCpr(value) !== undefined;
}
