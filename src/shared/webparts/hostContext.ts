/**
 * What a web part's React root gets from its host. In SharePoint the SPFx context fills it (environment.ts); on the
 * local front page the workbench does. Each web part builds its root's props from this and its settings in one
 * function (`<webpart>/element.ts`), which both hosts call, so the two cannot drift apart.
 */
import type { SPFI } from '@pnp/sp';
import type { IsoDate } from '../domain/models';
import type { ICommonStrings } from '../loc/strings';
import type { IHostFeatures } from '../components/common/hostFeatures';

/** Builds the repositories one web part uses over the PnPjs instance of the site that holds the lists. */
export type RepositoryFactory<R> = (sp: SPFI, siteUrl: string) => R;

/** `S`: the texts it hands on; the hosts hand the common texts, and renderWebPart adds the web part's feature's. */
export interface IHostContext<S extends ICommonStrings = ICommonStrings> {
  /**
   * The repositories a web part builds with its own factory (`<webpart>/repositories.ts`): each web part builds only
   * what it uses. Built once per factory for the host's data site, so React sees the same objects on every render.
   */
  connect<R>(factory: RepositoryFactory<R>): R;
  readonly strings: S;
  /** Today in Europe/Copenhagen (the local page: its `?today=`). */
  readonly today: IsoDate;
  /** Absolute URL of the site. */
  readonly siteUrl: string;
  /** The signed-in user's display name. */
  readonly userDisplayName?: string;
  /** Where a list item opens in this host, when it has pages for list items (SharePoint's display form). */
  readonly itemUrl?: (listUrl: string, id: number) => string;
  /** Teams: whether the web part runs there, and its chat (hostFeatures.ts). Absent outside Teams. */
  readonly features?: IHostFeatures;
}

/** An empty setting means "not set". */
export function optional(value: string | undefined): string | undefined {
  return value && value.trim() ? value.trim() : undefined;
}

/** `connect` for a host: one PnPjs instance and site, each factory's repositories built once. */
export function connector(sp: SPFI, siteUrl: string): IHostContext['connect'] {
  const built = new Map<RepositoryFactory<unknown>, unknown>();
  return <R>(factory: RepositoryFactory<R>): R => {
    if (!built.has(factory)) built.set(factory, factory(sp, siteUrl));
    return built.get(factory) as R;
  };
}
