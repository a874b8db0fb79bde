/**
 * Calendar arithmetic on date-only `YYYY-MM-DD` strings. Everything is a calendar date (no time, no zone),
 * so the computation uses UTC internally only as a proleptic calendar.
 */

const DAY_MS = 86_400_000;

const pad = (n: number, width: number = 2): string => String(n).padStart(width, '0');

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return formatDate(toDayNumber(value)) === value;
}

/** Days since 1970-01-01. */
export function toDayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function formatDate(dayNumber: number): string {
  const date = new Date(dayNumber * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(iso: string, days: number): string {
  return formatDate(toDayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const y = yearOf(iso) + years;
  const md = iso.slice(5);
  if (md === '02-29' && !isLeapYear(y)) return `${pad(y, 4)}-02-28`;
  return `${pad(y, 4)}-${md}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whole years from `from` to `on` (age on a date, or years of seniority). */
export function fullYears(from: string, on: string): number {
  let years = yearOf(on) - yearOf(from);
  if (addYears(from, years) > on) years--;
  return years;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const d = new Date(toDayNumber(iso) * DAY_MS).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The first day of the month of `iso`. */
export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

/** The last day of the month of `iso`. */
export function lastOfMonth(iso: string): string {
  const y = yearOf(iso);
  const m = Number(iso.slice(5, 7));
  const next = m === 12 ? `${pad(y + 1, 4)}-01-01` : `${pad(y, 4)}-${pad(m + 1)}-01`;
  return addDays(next, -1);
}

/** A timestamp at a given hour (Danish local time is not needed here: demo data only). */
export function toTimestamp(iso: string, hour: number = 10): string {
  return `${iso}T${pad(hour)}:00:00Z`;
}

const WEEKDAYS_DA: readonly string[] = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const MONTHS_DA: readonly string[] = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december',
];

/** "fredag den 27. november" (lower case, as Danish writes it mid-sentence). */
export function formatLongDa(iso: string, withYear: boolean = false): string {
  const day = Number(iso.slice(8, 10));
  const month = MONTHS_DA[Number(iso.slice(5, 7)) - 1];
  const text = `${WEEKDAYS_DA[isoWeekday(iso) - 1]} den ${day}. ${month}`;
  return withYear ? `${text} ${yearOf(iso)}` : text;
}

/** "15. november". */
export function formatDayMonthDa(iso: string): string {
  return `${Number(iso.slice(8, 10))}. ${MONTHS_DA[Number(iso.slice(5, 7)) - 1]}`;
}

/** The same day if it is a weekday, otherwise the following Monday (Norddjurs holds receptions on weekdays). */
export function nextWeekday(iso: string): string {
  const wd = isoWeekday(iso);
  return wd <= 5 ? iso : addDays(iso, 8 - wd);
}
