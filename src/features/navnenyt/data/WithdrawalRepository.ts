import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { withdrawalTasks } from '../domain/consentStorage';
import type { IWithdrawalTask } from '../domain/consentStorage';
import { toDataError } from '../../../shared/data/errors';
import type { IPrivacyRepository } from '../../privacy';
import type { IWithdrawalRepository } from './IWithdrawalRepository';
import { readNavnenyt } from './readNavnenyt';
import { recycleNavnenyt } from './recycleNavnenyt';
import type { INavnenytItem } from '../domain/models';

export class WithdrawalRepository implements IWithdrawalRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly privacy: IPrivacyRepository,
    /** The absolute URL of the site with the list (photos are judged, and found, against it). */
    private readonly siteUrl: string,
  ) {}

  public async getTasks(): Promise<readonly IWithdrawalTask[]> {
    let approved: INavnenytItem[];
    try {
      approved = (await readNavnenyt(this.sp, this.siteUrl)).filter((i) => i.approval === 'approved');
    } catch (e) {
      throw toDataError(e);
    }
    const people = approved.map((i) => i.employee?.id).filter((id): id is number => id !== undefined);
    return withdrawalTasks(approved, await this.privacy.getChoicesFor(people));
  }

  public async remove(item: INavnenytItem): Promise<void> {
    await recycleNavnenyt(this.sp, this.siteUrl, item);
  }
}
