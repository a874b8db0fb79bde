/**
 * The one place PnPjs is configured. A web part passes its SPFx context; the local workbench, scripts and tests
 * pass the site URL of the local SharePoint (and, outside a browser, an identity header).
 * Selective imports only: each repository imports the PnPjs parts it uses.
 */
import { spfi, SPFI, SPFx, SPBrowser } from '@pnp/sp';
import type { ISPFXContext } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';

export type SPSource =
  | { readonly context: ISPFXContext }
  | { readonly baseUrl: string; readonly headers?: Readonly<Record<string, string>> };

export function createSP(source: SPSource): SPFI {
  if ('context' in source) {
    return spfi().using(SPFx(source.context));
  }
  const sp = spfi(source.baseUrl).using(SPBrowser({ baseUrl: source.baseUrl }));
  return source.headers ? sp.using(InjectHeaders({ ...source.headers })) : sp;
}
