import type { IsoDate, ApprovalStatus, IPersonRef, IImage } from '../../../shared/domain/models';

/** Name news: its kinds and one item. */
export type NavnenytType = 'birthday' | 'jubilee' | 'newColleague' | 'retirement' | 'farewell' | 'memorial';

export const NAVNENYT_TYPES: readonly NavnenytType[] = ['birthday', 'jubilee', 'newColleague', 'retirement', 'farewell', 'memorial'];

export interface INavnenytItem {
  readonly id: number;
  readonly type: NavnenytType;
  /** The person's display name (the item title). */
  readonly name: string;
  readonly employee?: IPersonRef;
  readonly eventDate: IsoDate;
  /** Jubilee years or age. */
  readonly years?: number;
  readonly jobTitle?: string;
  readonly workplace?: string;
  readonly area?: string;
  readonly message?: string;
  readonly photo?: IImage;
  readonly showFrom?: IsoDate;
  readonly showUntil?: IsoDate;
  readonly consentConfirmed: boolean;
  readonly approval: ApprovalStatus;
  readonly approvalComment?: string;
  /** Opaque version tag for optimistic concurrency (SharePoint ETag). */
  readonly etag?: string;
}
