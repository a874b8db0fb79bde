/**
 * What the page already says about its own site, so the web parts need not ask SharePoint again: the site's time zone
 * and the signed-in user. SharePoint writes both into every page (SPFx: `pageContext.legacyPageContext`'s
 * `webTimeZoneData` and `userId`); on a phone's network each question saved is half a second before the front page's
 * name news and Mine valg can show. Kept per PnPjs instance, and only for an instance that reads the page's own site:
 * a web part given another site (a Teams tab reading the intranet) asks that site, whose zone and user ids differ.
 */
import type { SPFI } from '@pnp/sp';
import type { IPersonRef } from '../domain/models';
import type { ISharePointTimeZone } from './timeZones';

export interface IPageContext {
  /** The site's regional time zone as the page states it. */
  readonly timeZone?: ISharePointTimeZone;
  /** The signed-in user as a user of this site (the id is the site's `UserInfo` id). */
  readonly user?: IPersonRef;
}

/** The part of SPFx's `legacyPageContext` read here (SharePoint's `_spPageContextInfo`). */
export interface ILegacyPageContext {
  readonly webTimeZoneData?: { readonly Id?: number; readonly Description?: string; readonly Bias?: number };
  readonly userId?: number;
}

const known = new WeakMap<SPFI, IPageContext>();

/** Remembers what the page says about the site `sp` reads (call it only when `sp` reads the page's own site). */
export function rememberPageContext(sp: SPFI, page: IPageContext): void {
  known.set(sp, page);
}

/** What the page said about the site `sp` reads; empty when nothing (another site, a script, a test). */
export function pageContextOf(sp: SPFI): IPageContext {
  return known.get(sp) ?? {};
}

/** SharePoint's page context in the shape above; a part the page does not state is left out (and asked for). */
export function fromLegacyPageContext(legacy: ILegacyPageContext | undefined, user: { readonly displayName?: string; readonly email?: string }): IPageContext {
  const zone = legacy?.webTimeZoneData;
  const id = legacy?.userId;
  return {
    timeZone: zone && (zone.Id !== undefined || zone.Description) ? { Id: zone.Id, Description: zone.Description, Information: { Bias: zone.Bias } } : undefined,
    user: typeof id === 'number' && id > 0 && user.displayName ? { id, name: user.displayName.normalize('NFC'), email: user.email || undefined } : undefined,
  };
}
