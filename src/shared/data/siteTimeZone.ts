/**
 * The site's regional time zone, asked once per PnPjs instance (one site): every date-only value the repositories read
 * or write is midnight in this zone (src/shared/domain/dates.ts), never assumed to be Copenhagen.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/regional-settings/web';
import { DataError, toDataError } from './errors';
import { ianaZoneOf } from './timeZones';
import type { ISharePointTimeZone } from './timeZones';

const asked = new WeakMap<SPFI, Promise<string>>();

async function ask(sp: SPFI): Promise<string> {
  let answer: ISharePointTimeZone;
  try {
    answer = (await sp.web.regionalSettings.timeZone.select('Id', 'Description', 'Information')()) as ISharePointTimeZone;
  } catch (e) {
    throw toDataError(e);
  }
  const zone = ianaZoneOf(answer);
  if (!zone) throw new DataError('invalid', `Webstedets tidszone kendes ikke: ${answer.Description ?? String(answer.Id)}`);
  return zone;
}

/** The IANA zone of the site `sp` reads; the first answer is kept, a failure is asked again next time. */
export function siteTimeZone(sp: SPFI): Promise<string> {
  let zone = asked.get(sp);
  if (!zone) {
    zone = ask(sp);
    asked.set(sp, zone);
    zone.catch(() => asked.delete(sp));
  }
  return zone;
}
