import type { IsoDate } from '../../../shared/domain/models';
import type { INavnenytItem } from '../domain/models';

export interface IPhotoUpload {
  readonly fileName: string;
  readonly bytes: ArrayBuffer | Uint8Array | Blob;
  /** Alternative text; empty when the name next to the photo says it all. */
  readonly alt: string;
}

/** The item fields a submission sets as they are. */
type SubmittedFields = 'type' | 'name' | 'eventDate' | 'years' | 'jobTitle' | 'workplace' | 'area' | 'message' | 'consentConfirmed';

/** What HR submits; the item waits for communications' approval. */
export interface INewNavnenyt extends Pick<INavnenytItem, SubmittedFields> {
  /** The person, resolved to a site user (`ensureUser`) when saved. */
  readonly employeeEmail: string;
  readonly showFrom: IsoDate;
  readonly showUntil: IsoDate;
  readonly photo?: IPhotoUpload;
}

export type ApprovalDecision = 'approved' | 'rejected';

export interface INavnenytEditorRepository {
  /** Saves a submission; returns the stored item (pending approval on a list with content approval). */
  submit(submission: INewNavnenyt): Promise<INavnenytItem>;
  /** Items waiting for approval, oldest event first. */
  getPending(): Promise<readonly INavnenytItem[]>;
  getItem(id: number): Promise<INavnenytItem>;
  /**
   * Approves or rejects. `etag` is the version the approver saw: when someone changed the item since,
   * this fails with a DataError of kind 'conflict' and changes nothing.
   */
  decide(id: number, decision: ApprovalDecision, comment: string, etag: string): Promise<void>;
}
