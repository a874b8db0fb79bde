/**
 * What every web part needs from its SPFx context, built the same way for all: the interface language,
 * today's date in Europe/Copenhagen, each web part's repositories over the one PnPjs instance, and the page's user and site.
 * The lists live on the site the app was added to; a web part elsewhere (another site, a Teams tab, which runs in the
 * team's own site) is given that site's URL in its "Websted med listerne" setting.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { copenhagenToday } from '../domain/dates';
import { createSP } from '../data/sp';
import { getCommonStrings, localeOf } from '../loc/strings';
import type { ICommonStrings } from '../loc/strings';
import { connector } from './hostContext';
import { teamsFeatures } from './teams';
import type { IHostContext } from './hostContext';

/** The interface language follows the page's (SharePoint's or Teams') language; each web part adds its feature's texts. */
export function stringsFor(context: WebPartContext): ICommonStrings {
  return getCommonStrings(localeOf(context.pageContext.cultureInfo.currentUICultureName));
}

/** The host context as of now: read it at render time, so a page left open overnight moves on to the next day. */
export function createEnvironment(context: WebPartContext, dataSiteUrl?: string): () => IHostContext {
  const strings = stringsFor(context);
  const siteUrl = dataSiteUrl ?? context.pageContext.web.absoluteUrl;
  const connect = connector(createSP({ context, siteUrl: dataSiteUrl }), siteUrl);
  const features = teamsFeatures(context.sdks.microsoftTeams);
  return () => ({
    features,
    strings,
    connect,
    today: copenhagenToday(new Date()),
    siteUrl,
    userDisplayName: context.pageContext.user.displayName,
    itemUrl: (listUrl, id) => `${siteUrl}/${listUrl}/DispForm.aspx?ID=${id}`,
  });
}
