/**
 * What the signed-in user may do on a list, as SharePoint says (the list's effective permissions for the current user:
 * one request per list and site, kept for the page's life). The list permissions are the security; the web parts
 * only follow them, showing a form or a queue to those who may use it and an explanation to everyone else.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security/list';
import { PermissionKind } from '@pnp/sp/security';
import { toDataError } from './errors';
import { Lists } from './lists';
import { askedPerSite } from './perSite';
import type { ListKey } from './lists';

/** The rights the web parts ask about. */
export type ListRight = 'add' | 'approve';

export type ListRights = Readonly<Record<ListRight, boolean>>;

export const NO_RIGHTS: ListRights = { add: false, approve: false };

export interface IPermissionRepository {
  /** The signed-in user's rights on the list; none when the list is hidden from them. */
  rightsOn(list: ListKey): Promise<ListRights>;
}

const KIND: Readonly<Record<ListRight, PermissionKind>> = { add: PermissionKind.AddListItems, approve: PermissionKind.ApproveItems };

/**
 * The answers per PnPjs instance (one site, one signed-in user), shared by every web part built over it: on a page
 * with Indsend navnenyt, Godkend navnenyt and Tjek historier, Navnenyt's permissions are asked once, not three times.
 */
const rightsPerSite = askedPerSite<ListKey, ListRights>('page');

export class PermissionRepository implements IPermissionRepository {
  public constructor(private readonly sp: SPFI) {}

  public rightsOn(list: ListKey): Promise<ListRights> {
    return rightsPerSite(this.sp, list, () => this.ask(list));
  }

  private async ask(key: ListKey): Promise<ListRights> {
    const list = this.sp.web.lists.getByTitle(Lists[key].title);
    try {
      const mask = await list.getCurrentUserEffectivePermissions();
      return { add: list.hasPermissions(mask, KIND.add), approve: list.hasPermissions(mask, KIND.approve) };
    } catch (e) {
      const error = toDataError(e);
      // SharePoint answers 404 for a list the user may not even read: they may do nothing there.
      if (error.kind === 'notFound') return NO_RIGHTS;
      throw error;
    }
  }
}
