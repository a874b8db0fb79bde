import type { IPersonRef } from '../../../shared/domain/models';
import type { IChannelShare, IFocalPoint, IPortrait, PortraitChannel, Profession } from '../domain/models';
import type { IPortraitVersion } from '../domain/shareStatus';

/** What the studio saves of a portrait (checked by `checkDraft` first). */
export interface IPortraitInput {
  readonly employee: IPersonRef;
  readonly profession?: Profession;
  readonly jobTitle?: string;
  readonly workplace?: string;
  readonly area?: string;
  readonly quote?: string;
  readonly story?: string;
  readonly jobAdvertUrl: string;
  readonly photoAlt?: string;
  readonly focus: IFocalPoint;
}

/** A photo chosen now, scaled in the browser: stored as an attachment of the portrait. */
export interface IPhotoUpload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Communications' portraits: the whole list, the site's people to portray, saving, the status per channel and its history. */
export interface IPortraitStudioRepository {
  /** Every portrait, newest first (at most 500). */
  getAll(): Promise<readonly IPortrait[]>;
  /** One portrait, read now. */
  get(id: number): Promise<IPortrait>;
  /** Site users (people, with an e-mail) whose name or e-mail contains `text`. */
  searchPeople(text: string, top?: number): Promise<readonly IPersonRef[]>;
  /**
   * Creates a portrait, or updates `existing` if nobody changed it since it was read (else a DataError 'conflict');
   * a new photo is attached to the item and replaces the old one.
   */
  save(input: IPortraitInput, photo: IPhotoUpload | undefined, existing?: IPortrait): Promise<IPortrait>;
  /** Stores one channel's share (a new version of the item) if nobody changed the portrait since it was read. */
  setShare(portrait: IPortrait, channel: PortraitChannel, share: IChannelShare): Promise<IPortrait>;
  /** Every saved version of a portrait, for its status history. */
  getVersions(id: number): Promise<readonly IPortraitVersion[]>;
  /**
   * Deletes the portrait's photo (photoRetention.ts): the attachment or the file goes to the recycle bin, and the
   * portrait keeps its text without a photo. Fails with 'conflict' if someone changed the portrait since it was read.
   */
  removePhoto(portrait: IPortrait): Promise<void>;
}
