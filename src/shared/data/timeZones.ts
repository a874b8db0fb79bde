/**
 * SharePoint's regional time zone (SP.TimeZone: Id, Description, Information) as the IANA zone the product computes
 * date-only values with. SharePoint stores a date-only column as midnight in the site's zone, so reading and writing
 * one needs that zone; sites are often left on another zone than Copenhagen.
 *
 * The Ids 3, 4, 10, 13 and 93 are verified (SPRegionalSettings.TimeZones, the same numbers as PnP's `TimeZone` enum);
 * other zones are recognised by the cities in their Description, which stay the same whether SharePoint writes
 * "(UTC+01:00)" or the older "(GMT+01:00)". A zone neither names falls back to its fixed standard offset (Bias), which
 * is right in winter and off by the daylight hour in summer: add its row here.
 */

/** What `web/regionalSettings/timeZone` answers (the part the product reads). */
export interface ISharePointTimeZone {
  readonly Id?: number;
  readonly Description?: string;
  /** Minutes, UTC = local time + Bias (TIMEZONE.XML). */
  readonly Information?: { readonly Bias?: number };
}

const BY_ID: Readonly<Record<number, string>> = {
  3: 'Europe/Copenhagen',
  4: 'Europe/Berlin',
  10: 'America/New_York',
  13: 'America/Los_Angeles',
  93: 'UTC',
};

/** A city (or name) in the Description → the zone. Checked in order; the first that occurs wins. */
const BY_DESCRIPTION: readonly (readonly [RegExp, string])[] = [
  [/Copenhagen/i, 'Europe/Copenhagen'],
  [/Amsterdam|Berlin|Stockholm/i, 'Europe/Berlin'],
  [/Prague|Budapest|Belgrade/i, 'Europe/Prague'],
  [/Warsaw|Sarajevo/i, 'Europe/Warsaw'],
  [/London|Dublin|Lisbon/i, 'Europe/London'],
  [/Helsinki|Kyiv|Riga|Tallinn|Vilnius/i, 'Europe/Helsinki'],
  [/Athens|Bucharest/i, 'Europe/Athens'],
  [/Reykjavik/i, 'Atlantic/Reykjavik'],
  [/Greenland/i, 'America/Nuuk'],
  [/Moscow/i, 'Europe/Moscow'],
  [/Eastern Time \(US/i, 'America/New_York'],
  [/Central Time \(US/i, 'America/Chicago'],
  [/Mountain Time \(US/i, 'America/Denver'],
  [/Pacific Time \(US/i, 'America/Los_Angeles'],
  // Only the plain zone: "Coordinated Universal Time-02" and "+12" are other zones.
  [/Coordinated Universal Time$/i, 'UTC'],
];

/** `Etc/GMT+8` is UTC−8 (POSIX signs): exactly SharePoint's Bias in hours. Undefined for zones off the whole hour. */
function fixedOffsetZone(bias: number | undefined): string | undefined {
  if (bias === undefined || !Number.isInteger(bias / 60) || Math.abs(bias) > 14 * 60) return undefined;
  const hours = bias / 60;
  return hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '+' : '-'}${Math.abs(hours)}`;
}

/** The IANA zone of SharePoint's time zone; undefined when nothing in the answer says which zone it is. */
export function ianaZoneOf(zone: ISharePointTimeZone): string | undefined {
  const byId = zone.Id !== undefined ? BY_ID[zone.Id] : undefined;
  if (byId) return byId;
  const description = zone.Description?.trim() ?? '';
  const byDescription = BY_DESCRIPTION.find(([pattern]) => pattern.test(description))?.[1];
  return byDescription ?? fixedOffsetZone(zone.Information?.Bias);
}
