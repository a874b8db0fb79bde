/**
 * The product's domain models. Pure types: no SharePoint names (those live in src/shared/data/lists.ts),
 * no I/O. Date-only values are plain `YYYY-MM-DD` strings (Europe/Copenhagen calendar dates).
 */

/** A calendar date as `YYYY-MM-DD`, never a timestamp. */
export type IsoDate = string;
/** SharePoint's content approval states (`_ModerationStatus`). */
export type ApprovalStatus = 'approved' | 'rejected' | 'pending' | 'draft' | 'scheduled';

export interface IPersonRef {
  /** The site user id (SharePoint `UserInfo` id). */
  readonly id: number;
  readonly name: string;
  readonly email?: string;
}

export interface IImage {
  readonly url: string;
  /** Alternative text; empty string means decorative (the name is adjacent text). */
  readonly alt: string;
}
