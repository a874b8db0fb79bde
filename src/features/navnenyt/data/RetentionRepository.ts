import type { SPFI } from '@pnp/sp';
import { toSharePointDate } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';
import { toDataError } from '../../../shared/data/errors';
import { NavnenytFields as F } from '../../../shared/data/lists';
import { odataDateTime } from '../../../shared/data/odata';
import { siteTimeZone } from '../../../shared/data/siteTimeZone';
import { dueForDeletion, keptUntil, retentionCandidatesBefore } from '../domain/retention';
import type { INavnenytItem } from '../domain/models';
import type { ICleanupResult, IDueItem, IRetentionRepository } from './IRetentionRepository';
import { readNavnenyt } from './readNavnenyt';
import { recycleNavnenyt } from './recycleNavnenyt';

export class RetentionRepository implements IRetentionRepository {
  public constructor(
    private readonly sp: SPFI,
    /** The absolute URL of the site with the list (photos are found against it). */
    private readonly siteUrl: string,
  ) {}

  public async getDue(today: IsoDate, retentionDays: number): Promise<readonly IDueItem[]> {
    try {
      const zone = await siteTimeZone(this.sp);
      const before = odataDateTime(toSharePointDate(retentionCandidatesBefore(today, retentionDays), zone));
      // One query per indexed column (an "or" across two columns is not index-friendly on a large list).
      const [byEvent, byShowUntil] = await Promise.all([
        readNavnenyt(this.sp, this.siteUrl, `${F.EventDate.name} lt ${before}`),
        readNavnenyt(this.sp, this.siteUrl, `${F.ShowUntil.name} lt ${before}`),
      ]);
      const candidates = new Map<number, INavnenytItem>();
      for (const item of [...byEvent, ...byShowUntil]) candidates.set(item.id, item);
      return dueForDeletion(Array.from(candidates.values()), today, retentionDays).map((item) => ({ item, keptUntil: keptUntil(item, retentionDays) }));
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async recycle(items: readonly INavnenytItem[]): Promise<ICleanupResult> {
    const recycled: number[] = [];
    const failed: Array<{ id: number; error: Error }> = [];
    // One at a time: each is two requests at most, and a throttled SharePoint is retried by PnPjs's own behaviour.
    for (const item of items) {
      try {
        await recycleNavnenyt(this.sp, this.siteUrl, item);
        recycled.push(item.id);
      } catch (e) {
        const error = toDataError(e);
        // Gone already (someone deleted it meanwhile): the goal is reached.
        if (error.kind === 'notFound') recycled.push(item.id);
        else failed.push({ id: item.id, error });
      }
    }
    return { recycled, failed };
  }
}
