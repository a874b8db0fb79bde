/**
 * Danish public holidays (helligdage), computed for any year, and the next working day.
 *
 * Official public holidays: nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, store bededag (only before
 * 2024: abolished from 1 January 2024), Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag, 2. juledag.
 * Grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December) are NOT public holidays; many
 * workplaces close anyway, so the municipality passes them as extra closed days (see `ExtraClosedDays`).
 */
import { addDays, isWeekend, parseIsoDate, toIsoDate } from './dates';
import type { IsoDate } from './models';

export interface IPublicHoliday {
  readonly date: IsoDate;
  /** Danish name, lower case as in running text ("langfredag"). */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
}

/**
 * Days the municipality is closed besides the public holidays. Each entry is either a fixed date ('2026-05-15') or a
 * day that recurs every year, written 'MM-DD' ('06-05' for grundlovsdag). Default: none.
 */
export type ExtraClosedDays = readonly string[];

/** Recurring closed days many Danish workplaces observe; pass them in `ExtraClosedDays` if the municipality does. */
export const GRUNDLOVSDAG = '06-05';
export const JULEAFTENSDAG = '12-24';
export const NYTAARSAFTENSDAG = '12-31';

/** The year Store Bededag stopped being a public holiday (lov om afskaffelse af store bededag). */
export const STORE_BEDEDAG_ABOLISHED_FROM_YEAR = 2024;

/** Easter Sunday (Gregorian computus, the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(year, month, day);
}

/** All Danish public holidays of a year, in date order. */
export function danishPublicHolidays(year: number): readonly IPublicHoliday[] {
  const easter = easterSunday(year);
  const holidays: IPublicHoliday[] = [
    { date: toIsoDate(year, 1, 1), name: 'nytårsdag', nameEn: "New Year's Day" },
    { date: addDays(easter, -3), name: 'skærtorsdag', nameEn: 'Maundy Thursday' },
    { date: addDays(easter, -2), name: 'langfredag', nameEn: 'Good Friday' },
    { date: easter, name: 'påskedag', nameEn: 'Easter Sunday' },
    { date: addDays(easter, 1), name: '2. påskedag', nameEn: 'Easter Monday' },
  ];
  if (year < STORE_BEDEDAG_ABOLISHED_FROM_YEAR) {
    holidays.push({ date: addDays(easter, 26), name: 'store bededag', nameEn: 'General Prayer Day' });
  }
  holidays.push(
    { date: addDays(easter, 39), name: 'Kristi himmelfartsdag', nameEn: 'Ascension Day' },
    { date: addDays(easter, 49), name: 'pinsedag', nameEn: 'Whit Sunday' },
    { date: addDays(easter, 50), name: '2. pinsedag', nameEn: 'Whit Monday' },
    { date: toIsoDate(year, 12, 25), name: 'juledag', nameEn: 'Christmas Day' },
    { date: toIsoDate(year, 12, 26), name: '2. juledag', nameEn: 'Boxing Day' },
  );
  return holidays;
}

const holidayCache = new Map<number, ReadonlyMap<IsoDate, IPublicHoliday>>();

function holidaysByDate(year: number): ReadonlyMap<IsoDate, IPublicHoliday> {
  let map = holidayCache.get(year);
  if (!map) {
    map = new Map(danishPublicHolidays(year).map((h) => [h.date, h] as const));
    holidayCache.set(year, map);
  }
  return map;
}

/** The public holiday on that date, if any. */
export function publicHolidayOn(date: IsoDate): IPublicHoliday | undefined {
  const parts = parseIsoDate(date);
  return parts ? holidaysByDate(parts.year).get(date) : undefined;
}

/** True on an official Danish public holiday. */
export function isPublicHoliday(date: IsoDate): boolean {
  return publicHolidayOn(date) !== undefined;
}

/** True when the date is one of the municipality's extra closed days (fixed 'YYYY-MM-DD' or recurring 'MM-DD'). */
export function isExtraClosedDay(date: IsoDate, extraClosed: ExtraClosedDays = []): boolean {
  const monthDay = date.slice(5);
  return extraClosed.some((entry) => entry === date || entry === monthDay);
}

/** A weekday (Monday-Friday) that is neither a public holiday nor an extra closed day. */
export function isWorkingDay(date: IsoDate, extraClosed: ExtraClosedDays = []): boolean {
  return !isWeekend(date) && !isPublicHoliday(date) && !isExtraClosedDay(date, extraClosed);
}

/**
 * The date itself when it is a working day, else the next working day. Used for a jubilee's reception:
 * Saturday 1 August 2026 → Monday 3 August 2026; langfredag 3 April 2026 → Tuesday 7 April 2026.
 */
export function nextWorkingDay(date: IsoDate, extraClosed: ExtraClosedDays = []): IsoDate {
  let candidate = date;
  // At most a long weekend plus a few holidays in a row; the bound only guards against a closed-every-day setting.
  for (let i = 0; i < 366; i++) {
    if (isWorkingDay(candidate, extraClosed)) {
      return candidate;
    }
    candidate = addDays(candidate, 1);
  }
  throw new RangeError('No working day within a year: check the extra closed days setting');
}
