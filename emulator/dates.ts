/**
 * Dates the way SharePoint stores them: every DateTime is kept in UTC and returned as `YYYY-MM-DDTHH:MM:SSZ` (no
 * milliseconds); a date-only column holds local midnight *in the site's regional time zone* converted to UTC, so on a
 * site in Europe/Copenhagen 27 November 2026 is `2026-11-26T23:00:00Z` and 1 July 2026 is `2026-06-30T22:00:00Z`, on
 * a site in Pacific time `2026-11-27T08:00:00Z`.
 *
 * `SiteZone` is one zone's arithmetic; each emulator (Core) holds the zone of its site, so emulators in one process
 * may differ. The business calendar ("today", businessInstant) is always Europe/Copenhagen: the product's calendar,
 * not the site's storage zone.
 *
 * Written apart from the product's own conversion (src/domain/dates.ts) on purpose: the emulator plays SharePoint's
 * side, and two independent implementations meeting in the tests catch a mistake that one shared function would hide.
 */

/** The product's calendar: the business day ("today") is a day in Copenhagen whatever the site's zone. */
export const BUSINESS_TIME_ZONE = 'Europe/Copenhagen';

interface ILocalParts {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
  s: number;
}

const ISO_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** UTC ISO without milliseconds. */
export function toSpIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The day after `YYYY-MM-DD`. */
function nextDay(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function validYmd(ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1900 && y <= 8900;
}

/** Local dates and midnights of one IANA time zone. */
export class SiteZone {
  private readonly fmt: Intl.DateTimeFormat;
  private readonly midnightCache = new Map<string, string>();

  public constructor(public readonly iana: string) {
    this.fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  }

  private localParts(ms: number): ILocalParts {
    const p: Record<string, number> = {};
    for (const part of this.fmt.formatToParts(new Date(ms))) {
      if (part.type !== 'literal') p[part.type] = Number(part.value);
    }
    return { y: p.year, m: p.month, d: p.day, h: p.hour, min: p.minute, s: p.second };
  }

  /** Offset of the zone from UTC at the instant `ms`, in milliseconds. */
  private offsetAt(ms: number): number {
    const l = this.localParts(ms);
    return Date.UTC(l.y, l.m - 1, l.d, l.h, l.min, l.s) - Math.floor(ms / 1000) * 1000;
  }

  /** `YYYY-MM-DD` → the UTC instant of local midnight that day, as SharePoint returns it. */
  public localMidnightUtc(ymd: string): string {
    const hit = this.midnightCache.get(ymd);
    if (hit) return hit;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
    if (!m) throw new RangeError(`Not a date: ${ymd}`);
    const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    let utc = wall - this.offsetAt(wall);
    utc = wall - this.offsetAt(utc);
    const out = toSpIso(utc);
    if (this.midnightCache.size > 50000) this.midnightCache.clear();
    this.midnightCache.set(ymd, out);
    return out;
  }

  /** The local calendar date of an instant in this zone, `YYYY-MM-DD`. */
  public localDateOf(ms: number): string {
    const l = this.localParts(ms);
    return `${l.y}-${String(l.m).padStart(2, '0')}-${String(l.d).padStart(2, '0')}`;
  }

  /**
   * Parses a written DateTime value. Returns the stored UTC string or undefined when the text is not a date.
   * For date-only columns: `YYYY-MM-DD` is that local date; a full timestamp is reduced to its local date.
   * A timestamp without zone is read as UTC (SharePoint REST does the same for `Z`-less values in JSON light).
   */
  public parseSpDate(text: string, dateOnly: boolean): string | undefined {
    if (!ISO_RE.test(text)) return undefined;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      if (!validYmd(text)) return undefined;
      return dateOnly ? this.localMidnightUtc(text) : toSpIso(Date.parse(`${text}T00:00:00Z`));
    }
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
    const ms = Date.parse(hasZone ? text : `${text}Z`);
    if (Number.isNaN(ms)) return undefined;
    const year = new Date(ms).getUTCFullYear();
    if (year < 1900 || year > 8900) return undefined;
    return dateOnly ? this.localMidnightUtc(this.localDateOf(ms)) : toSpIso(ms);
  }

  /** `year`/`month`/`day` of a stored value in this zone (OData date-part functions); hour/minute/second in UTC. */
  public datePart(iso: unknown, part: unknown): number | null {
    if (typeof iso !== 'string') return null;
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return null;
    const local = this.localDateOf(d.getTime());
    switch (part) {
      case 'year':
        return Number(local.slice(0, 4));
      case 'month':
        return Number(local.slice(5, 7));
      case 'day':
        return Number(local.slice(8, 10));
      case 'hour':
        return d.getUTCHours();
      case 'minute':
        return d.getUTCMinutes();
      default:
        return d.getUTCSeconds();
    }
  }
}

const zones = new Map<string, SiteZone>();

/** The (shared, cached) arithmetic of an IANA zone. */
export function siteZone(iana: string): SiteZone {
  let z = zones.get(iana);
  if (!z) {
    z = new SiteZone(iana);
    zones.set(iana, z);
  }
  return z;
}

/** The business calendar's zone (Europe/Copenhagen). */
export const BUSINESS_ZONE = siteZone(BUSINESS_TIME_ZONE);

/** The business day (YYYY-MM-DD in Copenhagen) of an instant. */
export function businessDateOf(ms: number): string {
  return BUSINESS_ZONE.localDateOf(ms);
}

/**
 * The instant on the business day `ymd` that carries the real instant's time of day in Copenhagen (how long after
 * local midnight it is), kept inside that day: a fixed "today" never leaks into the day before or after, also on the
 * days daylight saving time starts or ends.
 */
export function businessInstant(ymd: string, realMs: number): number {
  const z = BUSINESS_ZONE;
  const start = Date.parse(z.localMidnightUtc(ymd));
  const end = Date.parse(z.localMidnightUtc(nextDay(ymd)));
  const sinceMidnight = realMs - Date.parse(z.localMidnightUtc(z.localDateOf(realMs)));
  return Math.min(start + Math.max(0, sinceMidnight), end - 1000);
}
