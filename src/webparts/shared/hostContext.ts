/**
 * What a web part's React root gets from its host. In SharePoint the SPFx context fills it (environment.ts); on the
 * local front page the workbench does. Each web part builds its root's props from this and its settings in one
 * function (`<webpart>/element.ts`), which both hosts call, so the two cannot drift apart.
 */
import type { IRepositories } from '../../data/repositories';
import type { IsoDate } from '../../domain/models';
import type { IStrings } from '../../loc/strings';

export interface IHostContext {
  readonly repositories: IRepositories;
  readonly strings: IStrings;
  /** Today in Europe/Copenhagen (the local page: its `?today=`). */
  readonly today: IsoDate;
  /** Absolute URL of the site. */
  readonly siteUrl: string;
  /** The signed-in user's display name. */
  readonly userDisplayName?: string;
  /** Where a list item opens in this host, when it has pages for list items (SharePoint's display form). */
  readonly itemUrl?: (listUrl: string, id: number) => string;
}

/** An empty setting means "not set". */
export function optional(value: string | undefined): string | undefined {
  return value && value.trim() ? value.trim() : undefined;
}
