/**
 * Dates the way SharePoint stores them for a site in Europe/Copenhagen: every DateTime is kept in UTC and returned as
 * `YYYY-MM-DDTHH:MM:SSZ` (no milliseconds); a date-only column holds local midnight converted to UTC, so 27 November
 * 2026 is `2026-11-26T23:00:00Z` and 1 July 2026 is `2026-06-30T22:00:00Z`.
 *
 * Written apart from the product's own conversion (src/domain/dates.ts) on purpose: the emulator plays SharePoint's
 * side, and two independent implementations meeting in the tests catch a mistake that one shared function would hide.
 */

export const SITE_TIME_ZONE = 'Europe/Copenhagen';

const fmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface ILocalParts {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
  s: number;
}

function localParts(ms: number): ILocalParts {
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { y: p.year, m: p.month, d: p.day, h: p.hour, min: p.minute, s: p.second };
}

/** Offset of the site's time zone from UTC at the instant `ms`, in milliseconds. */
function offsetAt(ms: number): number {
  const l = localParts(ms);
  return Date.UTC(l.y, l.m - 1, l.d, l.h, l.min, l.s) - Math.floor(ms / 1000) * 1000;
}

/** UTC ISO without milliseconds. */
export function toSpIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const midnightCache = new Map<string, string>();

/** `YYYY-MM-DD` → the UTC instant of local midnight that day, as SharePoint returns it. */
export function localMidnightUtc(ymd: string): string {
  const hit = midnightCache.get(ymd);
  if (hit) return hit;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`Not a date: ${ymd}`);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  let utc = wall - offsetAt(wall);
  utc = wall - offsetAt(utc);
  const out = toSpIso(utc);
  if (midnightCache.size > 50000) midnightCache.clear();
  midnightCache.set(ymd, out);
  return out;
}

/** The day after `YYYY-MM-DD`. */
function nextDay(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The instant on the business day `ymd` that carries the real instant's time of day in Copenhagen (how long after
 * local midnight it is), kept inside that day: a fixed "today" never leaks into the day before or after, also on the
 * days daylight saving time starts or ends.
 */
export function businessInstant(ymd: string, realMs: number): number {
  const start = Date.parse(localMidnightUtc(ymd));
  const end = Date.parse(localMidnightUtc(nextDay(ymd)));
  const sinceMidnight = realMs - Date.parse(localMidnightUtc(localDateOf(realMs)));
  return Math.min(start + Math.max(0, sinceMidnight), end - 1000);
}

/** The local (Europe/Copenhagen) calendar date of an instant, `YYYY-MM-DD`. */
export function localDateOf(ms: number): string {
  const l = localParts(ms);
  return `${l.y}-${String(l.m).padStart(2, '0')}-${String(l.d).padStart(2, '0')}`;
}

const ISO_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses a written DateTime value. Returns the stored UTC string or undefined when the text is not a date.
 * For date-only columns: `YYYY-MM-DD` is that local date; a full timestamp is reduced to its local date.
 * A timestamp without zone is read as UTC (SharePoint REST does the same for `Z`-less values in JSON light).
 */
export function parseSpDate(text: string, dateOnly: boolean): string | undefined {
  if (!ISO_RE.test(text)) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    if (!validYmd(text)) return undefined;
    return dateOnly ? localMidnightUtc(text) : toSpIso(Date.parse(`${text}T00:00:00Z`));
  }
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
  const ms = Date.parse(hasZone ? text : `${text}Z`);
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1900 || year > 8900) return undefined;
  return dateOnly ? localMidnightUtc(localDateOf(ms)) : toSpIso(ms);
}

function validYmd(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1900 && y <= 8900;
}
