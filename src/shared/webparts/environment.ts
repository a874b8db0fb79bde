/**
 * What every web part needs from its SPFx context, built the same way for all: the interface language,
 * today's date in Europe/Copenhagen, each web part's repositories over the one PnPjs instance, and the page's user and site.
 * The lists live on the site the app was added to; a web part elsewhere (another site, a Teams tab, which runs in the
 * team's own site) is given that site's URL in its "Websted med listerne" setting.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { copenhagenToday } from '../domain/dates';
import { createSP } from '../data/sp';
import { fromLegacyPageContext } from '../data/pageContext';
import type { ILegacyPageContext } from '../data/pageContext';
import { getCommonStrings, localeOf } from '../loc/strings';
import type { ICommonStrings } from '../loc/strings';
import { connector } from './hostContext';
import { teamsFeatures } from './teams';
import type { IHostContext } from './hostContext';

/** The interface language follows the page's (SharePoint's or Teams') language; each web part adds its feature's texts. */
export function stringsFor(context: WebPartContext): ICommonStrings {
  return getCommonStrings(localeOf(context.pageContext.cultureInfo.currentUICultureName));
}

/** Whether two site URLs name the same site (case and a trailing slash aside). */
function sameSite(a: string, b: string): boolean {
  const norm = (u: string): string => u.replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}

/** The host context as of now: read it at render time, so a page left open overnight moves on to the next day. */
export function createEnvironment(context: WebPartContext, dataSiteUrl?: string): () => IHostContext {
  const strings = stringsFor(context);
  const pageSite = context.pageContext.web.absoluteUrl;
  const siteUrl = dataSiteUrl ?? pageSite;
  // The page's own site: its time zone and the user's id come with the page (no request for either).
  const ownSite = sameSite(siteUrl, pageSite);
  const page = ownSite ? fromLegacyPageContext(context.pageContext.legacyPageContext as ILegacyPageContext | undefined, context.pageContext.user) : undefined;
  const connect = connector(createSP({ context, siteUrl: dataSiteUrl, page }), siteUrl);
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
