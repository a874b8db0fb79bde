import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { toSharePointDate } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';
import { approvalToCode } from '../../../shared/data/approval';
import { toDataError } from '../../../shared/data/errors';
import { BuiltIn, Lists, NavnenytFields as F } from '../../../shared/data/lists';
import { odataDateTime, odataNumber } from '../../../shared/data/odata';
import type { Row } from '../../../shared/data/rows';
import { siteTimeZone } from '../../../shared/data/siteTimeZone';
import type { IUserRepository } from '../../../shared/data/users/IUserRepository';
import type { IRejectedSubmissions } from './IRejectedSubmissions';
import { NAVNENYT_SELECT, toNavnenytItem } from './navnenytMapping';
import type { INavnenytItem } from '../domain/models';

/**
 * Rejected items are drafts: SharePoint shows them only to approvers and to their author (the list's draft item
 * security), and this asks for the signed-in user's own. The event date leads the filter: it is indexed, so the query
 * stays under the list-view threshold however long the list grows.
 */
export class RejectedSubmissions implements IRejectedSubmissions {
  public constructor(
    private readonly sp: SPFI,
    private readonly users: IUserRepository,
    /** The absolute URL of the site with the list: photos must come from it (src/shared/domain/urls.ts). */
    private readonly siteUrl: string,
  ) {}

  private get list(): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.sp.web.lists.getByTitle(Lists.Navnenyt.title);
  }

  public async getMine(since: IsoDate): Promise<readonly INavnenytItem[]> {
    const [me, zone] = await Promise.all([this.users.current(), siteTimeZone(this.sp)]);
    try {
      const rows = await this.list.items
        .select(...NAVNENYT_SELECT)
        .expand(F.Employee.name)
        .filter(
          [
            `${F.EventDate.name} ge ${odataDateTime(toSharePointDate(since, zone))}`,
            `${BuiltIn.ModerationStatus.name} eq ${approvalToCode('rejected')}`,
            `${BuiltIn.AuthorId.name} eq ${odataNumber(me.id)}`,
          ].join(' and '),
        )
        .orderBy(F.EventDate.name, true)
        .top(500)<Row[]>();
      return rows.map((r) => toNavnenytItem(r, this.siteUrl, zone)).filter((i): i is INavnenytItem => i !== undefined);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async discard(id: number): Promise<void> {
    try {
      await this.list.items.getById(id).recycle();
    } catch (e) {
      throw toDataError(e);
    }
  }
}
