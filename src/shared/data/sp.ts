/**
 * The one place PnPjs is configured. A web part passes its SPFx context; the local workbench, scripts and tests
 * pass the site URL of the local SharePoint (and, outside a browser, an identity header).
 * Selective imports only: each repository imports the PnPjs parts it uses.
 */
import { spfi, SPFI, SPFx, SPBrowser } from '@pnp/sp';
import type { ISPFXContext } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';

export type SPSource =
  /** In SharePoint or Teams; `siteUrl` reads the lists from another site of the tenant (e.g. the intranet from a Teams tab). */
  | { readonly context: ISPFXContext; readonly siteUrl?: string }
  | { readonly baseUrl: string; readonly headers?: Readonly<Record<string, string>> };

export function createSP(source: SPSource): SPFI {
  if ('context' in source) {
    return (source.siteUrl ? spfi(source.siteUrl) : spfi()).using(SPFx(source.context));
  }
  const sp = spfi(source.baseUrl).using(SPBrowser({ baseUrl: source.baseUrl }));
  return source.headers ? sp.using(InjectHeaders({ ...source.headers })) : sp;
}
