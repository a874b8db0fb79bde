/**
 * What every web part needs from its SPFx context, built the same way for all: the interface language,
 * today's date in Europe/Copenhagen, the repositories over the one PnPjs instance, and the page's user and site.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { copenhagenToday } from '../../domain/dates';
import { createRepositories } from '../../data/repositories';
import { createSP } from '../../data/sp';
import { getStrings, localeOf } from '../../loc/strings';
import type { IHostContext } from './hostContext';

/** The host context as of now: read it at render time, so a page left open overnight moves on to the next day. */
export function createEnvironment(context: WebPartContext): () => IHostContext {
  const strings = getStrings(localeOf(context.pageContext.cultureInfo.currentUICultureName));
  const repositories = createRepositories(createSP({ context }));
  const siteUrl = context.pageContext.web.absoluteUrl;
  return () => ({
    strings,
    repositories,
    today: copenhagenToday(new Date()),
    siteUrl,
    userDisplayName: context.pageContext.user.displayName,
    itemUrl: (listUrl, id) => `${siteUrl}/${listUrl}/DispForm.aspx?ID=${id}`,
  });
}
