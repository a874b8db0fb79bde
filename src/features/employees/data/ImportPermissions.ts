/**
 * What the signed-in user may do on a list that most people may not even see (Medarbejdere is HR's alone): asked
 * without an error. SharePoint lists only the lists a user can see; asking a hidden list for its permissions would
 * answer 404 (a failed request in every employee's console), so visibility is asked first.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { toDataError } from '../../../shared/data/errors';
import { Lists } from '../../../shared/data/lists';
import type { ListKey } from '../../../shared/data/lists';
import { odataString } from '../../../shared/data/odata';
import { NO_RIGHTS, PermissionRepository } from '../../../shared/data/permissions';
import type { IPermissionRepository, ListRights } from '../../../shared/data/permissions';

export class HiddenListPermissions implements IPermissionRepository {
  private readonly asked = new Map<ListKey, Promise<ListRights>>();
  private readonly rights: PermissionRepository;

  public constructor(private readonly sp: SPFI) {
    this.rights = new PermissionRepository(sp);
  }

  public rightsOn(list: ListKey): Promise<ListRights> {
    let answer = this.asked.get(list);
    if (!answer) {
      answer = this.ask(list);
      this.asked.set(list, answer);
      answer.catch(() => this.asked.delete(list));
    }
    return answer;
  }

  private async ask(list: ListKey): Promise<ListRights> {
    let visible: unknown[];
    try {
      visible = await this.sp.web.lists.filter(`Title eq ${odataString(Lists[list].title)}`).select('Id')<unknown[]>();
    } catch (e) {
      throw toDataError(e);
    }
    return visible.length > 0 ? this.rights.rightsOn(list) : NO_RIGHTS;
  }
}
