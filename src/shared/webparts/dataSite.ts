/**
 * The site that holds the lists. A web part on the intranet reads them from its own site; on another site or in a
 * Teams tab (which runs in the team's own site) it is given the intranet's address.
 */
import type { ICommonStrings } from '../loc/strings';

/** The web part property naming the site that holds the lists (empty: the site the page is on). */
export const DATA_SITE_PROPERTY = 'dataSiteUrl';

/** The URL of a SharePoint site (https, root or under /sites/ or /teams/), normalised; undefined when it is not one. */
function siteUrlOf(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && /^\/(sites|teams)\/[^/]+\/?$|^\/?$/.test(url.pathname) ? url.toString().replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** A Danish or English reason why a data-site URL cannot be used, or '' when it can (or is empty). */
export function dataSiteError(value: string, strings: ICommonStrings): string {
  return value.trim() === '' || siteUrlOf(value) ? '' : strings.propertyPane.dataSiteInvalid;
}

/** The data site a web part's properties name, when it is a usable URL; otherwise '' (the page's own site). */
export function dataSiteOf(properties: object): string {
  const value = (properties as Record<string, unknown>)[DATA_SITE_PROPERTY];
  return typeof value === 'string' ? (siteUrlOf(value) ?? '') : '';
}
