/**
 * Calendar dates for the product. A date-only value is an `IsoDate` ('YYYY-MM-DD'), a Europe/Copenhagen calendar
 * date. Arithmetic works on whole days (no time of day, so no DST surprises); instants are converted to calendar dates
 * with `Intl` and an explicit time zone, never with the host's zone or `getUTC*`.
 *
 * Rules kept here (one place each):
 * - "today" is the Copenhagen calendar date of an instant the caller passes in (the clock is a parameter);
 * - `new Date('YYYY-MM-DD')` is never used (it is UTC midnight and shows the previous day west of Greenwich);
 * - SharePoint date-only columns arrive as local midnight in the site's regional zone converted to UTC
 *   (`2026-11-26T23:00:00Z` is 27 November 2026 on a Copenhagen site) and are converted back with that zone, which
 *   the caller always passes (many sites are left on UTC or Pacific time);
 * - Danish dates: `fredag den 27. november 2026`, `27.11.2026` (never date-fns `P`, which gives `27/11/2026`);
 * - weekday and month names are the tables below (date-fns' `da` and `en-GB` names, word for word): the product writes
 *   only these, and date-fns' `format` with its two locales would add about 7 KB gzipped to every bundle;
 * - week numbers are ISO 8601 (Monday first; 1 January 2027 is uge 53 of 2026).
 */
import { getISOWeek, getISOWeekYear } from 'date-fns';
import type { IsoDate } from './models';

/** The municipality's time zone: the business day. Never assumed for SharePoint's stored dates (the site's zone is read). */
export const COPENHAGEN_TIME_ZONE = 'Europe/Copenhagen';

/** UI languages. Danish is the default everywhere. */
export type Locale = 'da' | 'en';

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface IDateParts {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  /** 1-31. */
  readonly day: number;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** True when the year is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

/** Builds an IsoDate from parts; throws on an impossible date (e.g. 2026-02-29). */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses 'YYYY-MM-DD' into parts, or undefined when it is not a real calendar date (2026-02-29, 2026-13-01, …). */
export function parseIsoDate(value: string | null | undefined): IDateParts | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const match = ISO_DATE_PATTERN.exec(value.trim());
  if (!match) {
    return undefined;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

/** True when the value is a real calendar date written as 'YYYY-MM-DD'. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

function requireParts(date: IsoDate): IDateParts {
  const parts = parseIsoDate(date);
  if (!parts) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${String(date)}`);
  }
  return parts;
}

/** Days since 1970-01-01 for a calendar date (pure calendar arithmetic, no time zone involved). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = requireParts(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The calendar date of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date `days` later (negative: earlier). Month and year ends and leap days are handled. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Negative, zero or positive, for sorting IsoDates chronologically. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** True when `from <= date <= to` (both ends inclusive). */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  const n = toDayNumber(date);
  return n >= toDayNumber(from) && n <= toDayNumber(to);
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareIsoDates(a, b) <= 0 ? a : b;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  const n = toDayNumber(date);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

/** The Monday of the ISO week containing the date. */
export function startOfIsoWeek(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The Sunday of the ISO week containing the date. */
export function endOfIsoWeek(date: IsoDate): IsoDate {
  return addDays(date, 7 - isoWeekday(date));
}

/**
 * A Date for date-fns' ISO week: local noon of the calendar date in the host's zone. Noon exists on every DST change
 * day in every zone, so date-fns' local getters (day, month, weekday) return exactly this calendar date.
 */
function toLocalNoon(date: IsoDate): Date {
  const { year, month, day } = requireParts(date);
  const d = new Date(2000, 0, 1, 12, 0, 0, 0);
  d.setFullYear(year, month - 1, day);
  return d;
}

export interface IIsoWeek {
  /** The ISO week-numbering year (can differ from the calendar year around New Year). */
  readonly year: number;
  readonly week: number;
}

/** ISO 8601 week (Monday-Sunday; week 1 holds the first Thursday). 1 Jan 2027 → { year: 2026, week: 53 }. */
export function isoWeek(date: IsoDate): IIsoWeek {
  const d = toLocalNoon(date);
  return { year: getISOWeekYear(d), week: getISOWeek(d) };
}

/** "uge 48" / "week 48". */
export function formatWeek(date: IsoDate, locale: Locale = 'da'): string {
  return `${locale === 'da' ? 'uge' : 'week'} ${isoWeek(date).week}`;
}

/** Weekday names by ISO weekday (index 0 = Monday), as date-fns' `da` and `en-GB` locales write `EEEE`. */
const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** Month names (index 0 = January), as date-fns' `da` and `en-GB` locales write `MMMM`. */
const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Long date with year: "fredag den 27. november 2026" / "Friday 27 November 2026". Lower case in Danish. */
export function formatLongDate(date: IsoDate, locale: Locale = 'da'): string {
  return `${formatLongDateWithoutYear(date, locale)} ${pad(requireParts(date).year, 4)}`;
}

/** Long date without year: "fredag den 27. november" / "Friday 27 November". */
export function formatLongDateWithoutYear(date: IsoDate, locale: Locale = 'da'): string {
  return `${formatWeekday(date, locale)}${locale === 'da' ? ' den' : ''} ${formatDayMonth(date, locale)}`;
}

/** Day and month without weekday: "27. november" / "27 November". */
export function formatDayMonth(date: IsoDate, locale: Locale = 'da'): string {
  const { month, day } = requireParts(date);
  return `${day}${locale === 'da' ? '.' : ''} ${MONTHS[locale][month - 1]}`;
}

/** Numeric date: "27.11.2026" (Danish) / "27/11/2026" (English, en-GB). Never date-fns `P`. */
export function formatNumericDate(date: IsoDate, locale: Locale = 'da'): string {
  const { year, month, day } = requireParts(date);
  const separator = locale === 'da' ? '.' : '/';
  return `${pad(day, 2)}${separator}${pad(month, 2)}${separator}${pad(year, 4)}`;
}

/** Weekday name: "fredag" / "Friday". */
export function formatWeekday(date: IsoDate, locale: Locale = 'da'): string {
  return WEEKDAYS[locale][isoWeekday(date) - 1];
}

/** Upper-cases the first letter only (for a sentence or heading start): "fredag den …" → "Fredag den …". */
export function capitalizeFirst(text: string): string {
  const chars = Array.from(text);
  const first = chars[0];
  return first === undefined ? text : first.toLocaleUpperCase('da') + chars.slice(1).join('');
}

// ---- instants and time zones ------------------------------------------------------------------------------------

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function zonedFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatterCache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour12: false,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatterCache.set(timeZone, formatter);
  }
  return formatter;
}

interface IWallTime extends IDateParts {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function wallTime(instant: Date, timeZone: string): IWallTime {
  const values: Record<string, number> = {};
  for (const part of zonedFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') {
      values[part.type] = Number(part.value);
    }
  }
  return {
    year: values.year ?? NaN,
    month: values.month ?? NaN,
    day: values.day ?? NaN,
    // Some engines write midnight as hour 24 when hour12 is false.
    hour: (values.hour ?? NaN) % 24,
    minute: values.minute ?? NaN,
    second: values.second ?? NaN,
  };
}

/** The calendar date of an instant in a time zone (default Europe/Copenhagen). */
export function isoDateInZone(instant: Date, timeZone: string = COPENHAGEN_TIME_ZONE): IsoDate {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('Invalid instant');
  }
  const { year, month, day } = wallTime(instant, timeZone);
  return toIsoDate(year, month, day);
}

/** Today's date in Copenhagen for the instant `now` (the caller passes the clock's instant in). */
export function copenhagenToday(now: Date): IsoDate {
  return isoDateInZone(now, COPENHAGEN_TIME_ZONE);
}

/** Offset of the zone from UTC at an instant, in milliseconds (Copenhagen: +1 h in winter, +2 h in summer). */
export function zoneOffsetMs(instant: Date, timeZone: string = COPENHAGEN_TIME_ZONE): number {
  const w = wallTime(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return asUtc - wholeSeconds;
}

/** The instant of local midnight starting the calendar date in the zone. */
export function startOfDayInstant(date: IsoDate, timeZone: string = COPENHAGEN_TIME_ZONE): Date {
  const { year, month, day } = requireParts(date);
  const utcMidnight = Date.UTC(year, month - 1, day);
  // Two passes: the offset at the first guess may differ from the offset at local midnight near a DST change.
  let guess = utcMidnight - zoneOffsetMs(new Date(utcMidnight), timeZone);
  guess = utcMidnight - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

const ZONE_DESIGNATOR = /(Z|[+-]\d{2}:?\d{2})$/i;
const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})/;

/**
 * Converts a SharePoint date-only value back to its calendar date. SharePoint returns a date-only column as local
 * midnight in the site's time zone converted to UTC: `2026-11-26T23:00:00Z` → '2026-11-27' (winter),
 * `2026-07-31T22:00:00Z` → '2026-08-01' (summer). A value without zone designator ('2026-11-27T00:00:00' or
 * '2026-11-27') is already local and only its date part is used. Empty or unreadable values give undefined.
 * The zone is the site's regional zone (src/shared/data/siteTimeZone.ts): required, never assumed to be Copenhagen.
 */
export function fromSharePointDate(value: string | null | undefined, siteTimeZone: string): IsoDate | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  const text = value.trim();
  if (!ZONE_DESIGNATOR.test(text)) {
    const datePart = LEADING_DATE.exec(text)?.[1];
    return datePart !== undefined && isIsoDate(datePart) ? datePart : undefined;
  }
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? undefined : isoDateInZone(instant, siteTimeZone);
}

/**
 * The value SharePoint stores for a date-only column: local midnight in the site's zone as a UTC instant string.
 * '2026-11-27' → '2026-11-26T23:00:00Z'; '2026-08-01' → '2026-07-31T22:00:00Z' on a Copenhagen site,
 * '2026-11-27T00:00:00Z' on a UTC site, '2026-11-27T08:00:00Z' on a Pacific-time site.
 */
export function toSharePointDate(date: IsoDate, siteTimeZone: string): string {
  return startOfDayInstant(date, siteTimeZone).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const DANISH_NUMERIC_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/**
 * Reads a date a person typed: Danish '27.11.2026', '1.5.2026', '27-11-2026', '27/11/2026', or ISO '2026-11-27'.
 * Undefined when it is not a real calendar date. (For date pickers' text input.)
 */
export function parseDanishDate(text: string | null | undefined): IsoDate | undefined {
  if (typeof text !== 'string') {
    return undefined;
  }
  const value = text.trim();
  if (isIsoDate(value)) {
    return value;
  }
  const match = DANISH_NUMERIC_DATE.exec(value);
  if (!match) {
    return undefined;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? toIsoDate(year, month, day) : undefined;
}
