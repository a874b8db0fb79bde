import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import { withdrawalTasks } from '../domain/consentStorage';
import type { IWithdrawalTask } from '../domain/consentStorage';
import { DataError, toDataError } from '../../../shared/data/errors';
import { BuiltIn, Lists, NavnenytFields as F } from '../../../shared/data/lists';
import { odataNumber } from '../../../shared/data/odata';
import type { IPrivacyRepository } from '../../privacy';
import type { Row } from '../../../shared/data/rows';
import { siteTimeZone } from '../../../shared/data/siteTimeZone';
import type { IWithdrawalRepository } from './IWithdrawalRepository';
import { NAVNENYT_SELECT, toNavnenytItem } from './navnenytMapping';
import type { INavnenytItem } from '../domain/models';

/** SharePoint's most rows per request; paging by id stays clear of the list-view threshold on a large list. */
const PAGE = 5000;

/** The server-relative path of a photo that is a file of its own (not one of the item's attachments), else undefined. */
export function photoFilePath(photoUrl: string | undefined, siteUrl: string): string | undefined {
  if (!photoUrl) return undefined;
  const path = decodeURIComponent(new URL(photoUrl, siteUrl).pathname);
  return /\/Attachments\/\d+\//i.test(path) ? undefined : path;
}

export class WithdrawalRepository implements IWithdrawalRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly privacy: IPrivacyRepository,
    /** The absolute URL of the site with the list (photos are judged, and found, against it). */
    private readonly siteUrl: string,
  ) {}

  private get list(): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.sp.web.lists.getByTitle(Lists.Navnenyt.title);
  }

  /** Every item the signed-in user may read, page by page in id order. */
  private async allItems(): Promise<INavnenytItem[]> {
    const items: INavnenytItem[] = [];
    const zone = await siteTimeZone(this.sp);
    let after = 0;
    for (;;) {
      let query = this.list.items.select(...NAVNENYT_SELECT).expand(F.Employee.name).orderBy(BuiltIn.Id.name, true).top(PAGE);
      if (after > 0) query = query.filter(`${BuiltIn.Id.name} gt ${odataNumber(after)}`);
      const rows = await query<Row[]>();
      for (const row of rows) {
        const item = toNavnenytItem(row, this.siteUrl, zone);
        if (item) items.push(item);
      }
      if (rows.length < PAGE) return items;
      after = Number(rows[rows.length - 1][BuiltIn.Id.name]);
    }
  }

  public async getTasks(): Promise<readonly IWithdrawalTask[]> {
    let approved: INavnenytItem[];
    try {
      approved = (await this.allItems()).filter((i) => i.approval === 'approved');
    } catch (e) {
      throw toDataError(e);
    }
    const people = approved.map((i) => i.employee?.id).filter((id): id is number => id !== undefined);
    return withdrawalTasks(approved, await this.privacy.getChoicesFor(people));
  }

  public async remove(item: INavnenytItem): Promise<void> {
    try {
      // The photo first: should the item then fail, the task stays and can be done again.
      const file = photoFilePath(item.photo?.url, this.siteUrl);
      if (file) {
        await this.sp.web.getFileByServerRelativePath(file).recycle().catch((e: unknown) => {
          if (toDataError(e).kind !== 'notFound') throw e;
        });
      }
      // The item goes with its attachments (where HR's photos are) and its versions.
      await this.list.items.getById(item.id).recycle();
    } catch (e) {
      const error = toDataError(e);
      throw error.kind === 'notFound' ? new DataError('notFound', `Navnenyt ${item.id} findes ikke længere`, error.status) : error;
    }
  }
}
