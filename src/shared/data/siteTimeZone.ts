/**
 * The site's regional time zone, asked once per PnPjs instance (one site): every date-only value the repositories read
 * or write is midnight in this zone (src/shared/domain/dates.ts), never assumed to be Copenhagen. When the page states
 * the zone of the site it is on (pageContext.ts), that answer is taken and nothing is asked.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/regional-settings/web';
import { DataError, toDataError } from './errors';
import { pageContextOf } from './pageContext';
import { askedPerSite } from './perSite';
import { ianaZoneOf } from './timeZones';
import type { ISharePointTimeZone } from './timeZones';

const zoneOf = askedPerSite<'zone', string>('page');

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
  return zoneOf(sp, 'zone', () => {
    const stated = pageContextOf(sp).timeZone;
    const known = stated ? ianaZoneOf(stated) : undefined;
    return known ? Promise.resolve(known) : ask(sp);
  });
}
