/**
 * The site's regional time zone as SharePoint names it (SP.TimeZone: Id, Description, Information) and the IANA zone
 * the emulator computes with. Ids are SharePoint's time-zone ids (the SPRegionalSettings.TimeZones ids, the same
 * numbers as PnP's `TimeZone` enum: 3 Brussels/Copenhagen, 13 Pacific, 93 UTC); Bias, DaylightBias and StandardBias
 * are minutes as in SharePoint's TIMEZONE.XML (UTC = local time + Bias; + DaylightBias in summer).
 */

export interface ISpTimeZone {
  /** SharePoint's time-zone id. */
  id: number;
  description: string;
  information: { Bias: number; DaylightBias: number; StandardBias: number };
  /** The IANA zone the emulator computes local dates with. */
  iana: string;
  /** Other IANA names accepted for the option (cities the SharePoint zone names). */
  aliases: string[];
}

const CET = { Bias: -60, DaylightBias: -60, StandardBias: 0 };

export const SP_TIME_ZONES: readonly ISpTimeZone[] = [
  { id: 3, description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', information: CET, iana: 'Europe/Copenhagen', aliases: ['Europe/Brussels', 'Europe/Madrid', 'Europe/Paris'] },
  {
    id: 4,
    description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
    information: CET,
    iana: 'Europe/Berlin',
    aliases: ['Europe/Amsterdam', 'Europe/Zurich', 'Europe/Rome', 'Europe/Stockholm', 'Europe/Vienna'],
  },
  { id: 10, description: '(UTC-05:00) Eastern Time (US and Canada)', information: { Bias: 300, DaylightBias: -60, StandardBias: 0 }, iana: 'America/New_York', aliases: [] },
  { id: 13, description: '(UTC-08:00) Pacific Time (US and Canada)', information: { Bias: 480, DaylightBias: -60, StandardBias: 0 }, iana: 'America/Los_Angeles', aliases: [] },
  { id: 93, description: '(UTC) Coordinated Universal Time', information: { Bias: 0, DaylightBias: 0, StandardBias: 0 }, iana: 'UTC', aliases: ['Etc/UTC', 'Etc/GMT'] },
];

export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

/**
 * The SharePoint zone for an option value: an IANA name (case-insensitive) of one of the zones above, or
 * SharePoint's numeric Id. Anything else throws with the list of accepted names.
 */
export function resolveTimeZone(option: string | undefined): ISpTimeZone {
  const want = (option ?? DEFAULT_TIME_ZONE).trim().toLowerCase();
  const hit = SP_TIME_ZONES.find((z) => String(z.id) === want || z.iana.toLowerCase() === want || z.aliases.some((a) => a.toLowerCase() === want));
  if (hit) return hit;
  const known = SP_TIME_ZONES.map((z) => `${[z.iana, ...z.aliases].join(', ')} (Id ${z.id})`).join('; ');
  throw new Error(`Unknown time zone '${option ?? ''}': use one of ${known}.`);
}
