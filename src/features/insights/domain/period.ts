/** The period Indblik looks at: by default the last twelve months, the current one included. */
import { addDays, compareIsoDates, daysBetween, parseIsoDate, toIsoDate } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';
import type { IPeriod } from './models';

/** The twelve months up to today: from the first day of the month eleven months back, to today. */
export function defaultPeriod(today: IsoDate): IPeriod {
  const d = parseIsoDate(today);
  if (!d) throw new RangeError(`Not a calendar date: ${today}`);
  const months = d.year * 12 + (d.month - 1) - 11;
  return { from: toIsoDate(Math.floor(months / 12), (months % 12) + 1, 1), to: today };
}

/** A period from two dates as typed; undefined when either is not a date or `from` is after `to`. */
export function periodOf(from: string, to: string): IPeriod | undefined {
  if (!parseIsoDate(from) || !parseIsoDate(to) || compareIsoDates(from, to) > 0) return undefined;
  return { from, to };
}

export function inPeriod(date: IsoDate | undefined, period: IPeriod): boolean {
  return date !== undefined && compareIsoDates(date, period.from) >= 0 && compareIsoDates(date, period.to) <= 0;
}

/** Days in the period, both ends included. */
export function periodDays(period: IPeriod): number {
  return daysBetween(period.from, period.to) + 1;
}

/** Every month (`YYYY-MM`) the period touches, in order. */
export function monthsOf(period: IPeriod): string[] {
  const a = parseIsoDate(period.from);
  const b = parseIsoDate(period.to);
  if (!a || !b) return [];
  const out: string[] = [];
  for (let m = a.year * 12 + a.month - 1; m <= b.year * 12 + b.month - 1; m++) {
    out.push(`${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * The period cut into consecutive windows of at most `days` days (the name-news queries: each window's indexed
 * date filter must match fewer rows than SharePoint's list-view threshold).
 */
export function windowsOf(period: IPeriod, days: number): IPeriod[] {
  const out: IPeriod[] = [];
  for (let from = period.from; compareIsoDates(from, period.to) <= 0; from = addDays(from, days)) {
    const end = addDays(from, days - 1);
    out.push({ from, to: compareIsoDates(end, period.to) < 0 ? end : period.to });
  }
  return out;
}
