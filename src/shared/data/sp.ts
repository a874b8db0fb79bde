/**
 * The one place PnPjs is configured. A web part passes its SPFx context; the local workbench, scripts and tests
 * pass the site URL of the local SharePoint (and, outside a browser, an identity header).
 * Selective imports only: each repository imports the PnPjs parts it uses.
 */
import { spfi, SPFI, SPFx, SPBrowser } from '@pnp/sp';
import type { ISPFXContext } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { rememberPageContext } from './pageContext';
import type { IPageContext } from './pageContext';

export type SPSource = (
  /** In SharePoint or Teams; `siteUrl` reads the lists from another site of the tenant (e.g. the intranet from a Teams tab). */
  | { readonly context: ISPFXContext; readonly siteUrl?: string }
  | { readonly baseUrl: string; readonly headers?: Readonly<Record<string, string>> }
) & {
  /** What the page states about the site read (its time zone, the signed-in user): only when it is the page's own site. */
  readonly page?: IPageContext;
};

export function createSP(source: SPSource): SPFI {
  let sp: SPFI;
  if ('context' in source) {
    sp = (source.siteUrl ? spfi(source.siteUrl) : spfi()).using(SPFx(source.context));
  } else {
    sp = spfi(source.baseUrl).using(SPBrowser({ baseUrl: source.baseUrl }));
    if (source.headers) sp = sp.using(InjectHeaders({ ...source.headers }));
  }
  if (source.page) rememberPageContext(sp, source.page);
  return sp;
}
