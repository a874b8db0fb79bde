/**
 * The dates of HR's files: `dd-mm-yyyy`, `dd.mm.yyyy`, `dd/mm/yyyy` (day and month may have one digit), `ddmmyyyy`
 * (Visma's import format) and ISO `yyyy-mm-dd`, each possibly followed by a time (database exports). A column's format
 * is detected from its values; `9999-12-31` (and `31-12-9999`) is an open end, no date.
 */
import { daysInMonth } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';
import type { DateFormat } from './importModels';

export const DATE_FORMATS: readonly DateFormat[] = ['dd-mm-yyyy', 'dd.mm.yyyy', 'dd/mm/yyyy', 'yyyy-mm-dd', 'ddmmyyyy'];

/** A time after the date, as database exports write it (`2020-01-31T00:00:00`, `31-01-2020 00:00`). */
const TIME = /^[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

const PATTERNS: Readonly<Record<DateFormat, RegExp>> = {
  'dd-mm-yyyy': /^(\d{1,2})-(\d{1,2})-(\d{4})/,
  'dd.mm.yyyy': /^(\d{1,2})\.(\d{1,2})\.(\d{4})/,
  'dd/mm/yyyy': /^(\d{1,2})\/(\d{1,2})\/(\d{4})/,
  'yyyy-mm-dd': /^(\d{4})-(\d{2})-(\d{2})/,
  ddmmyyyy: /^(\d{2})(\d{2})(\d{4})/,
};

/** The day, month and year a value has in a format (whether or not that date exists), or undefined. */
function partsIn(value: string, format: DateFormat): [number, number, number] | undefined {
  const pattern = PATTERNS[format];
  const m = pattern.exec(value);
  if (!m) return undefined;
  const rest = value.slice(m[0].length);
  if (rest !== '' && !TIME.test(rest)) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return format === 'yyyy-mm-dd' ? [c, b, a] : [a, b, c];
}

export type DateReading = { readonly ok: true; readonly date: IsoDate | undefined } | { readonly ok: false; readonly code: 'impossibleDate' | 'unreadableDate' };

/** Whether a year means "open end": payroll systems write 9999-12-31 for "no end date". */
const OPEN_END = 9999;

/**
 * Reads a value in a format: `{ok, date}` (no date for an empty value or an open end), or why not: it has the
 * format's shape but no such day exists (31.02.1980: `impossibleDate`) or it is not in the format (`unreadableDate`).
 */
export function readDate(raw: string, format: DateFormat): DateReading {
  const value = raw.trim();
  if (value === '') return { ok: true, date: undefined };
  const parts = partsIn(value, format);
  if (!parts) return { ok: false, code: 'unreadableDate' };
  const [day, month, year] = parts;
  if (year === OPEN_END) return { ok: true, date: undefined };
  if (year < 1800 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, code: 'impossibleDate' };
  return { ok: true, date: `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` };
}

/**
 * The format most of a column's values are written in (values in no format are left to the row errors). Ties go to
 * the earlier format of DATE_FORMATS; `dd-mm-yyyy` for a column without values.
 */
export function detectDateFormat(values: Iterable<string>, sample = 2000): DateFormat {
  const score = new Map<DateFormat, number>(DATE_FORMATS.map((f) => [f, 0]));
  let seen = 0;
  for (const raw of values) {
    const v = raw.trim();
    if (v === '') continue;
    for (const f of DATE_FORMATS) {
      const r = readDate(v, f);
      if (r.ok) score.set(f, (score.get(f) ?? 0) + 2);
      else if (r.code === 'impossibleDate') score.set(f, (score.get(f) ?? 0) + 1);
    }
    if (++seen >= sample) break;
  }
  let best: DateFormat = DATE_FORMATS[0];
  for (const f of DATE_FORMATS) if ((score.get(f) ?? 0) > (score.get(best) ?? 0)) best = f;
  return best;
}
