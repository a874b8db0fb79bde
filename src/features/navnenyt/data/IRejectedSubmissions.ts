import type { IsoDate } from '../../../shared/domain/models';
import type { INavnenytItem } from '../domain/models';

/** HR's own name news that communications rejected, with the reason (`approvalComment`), so HR can correct them. */
export interface IRejectedSubmissions {
  /** The signed-in user's rejected submissions whose occasion is on or after `since`, earliest first. */
  getMine(since: IsoDate): Promise<readonly INavnenytItem[]>;
  /** Puts a rejected submission in the recycle bin: once it has been sent again, or when HR gives it up. */
  discard(id: number): Promise<void>;
}
