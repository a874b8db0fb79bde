import type { IPrivacyItem } from '../domain/consentOwnership';
import type { IPrivacyVersion } from '../domain/consentHistory';
import type { ConsentMatrix, IPrivacyChoices } from '../domain/models';

export interface IMineWithHistory {
  readonly mine: IPrivacyChoices | undefined;
  /** Every saved version of `mine`'s item, newest first; empty without choices. */
  readonly history: readonly IPrivacyVersion[];
}

/**
 * The privacy-choices list. Every answer passes the one rule (`resolveChoices`, src/features/privacy/domain/consentOwnership.ts): an
 * item counts only when the person created it or a member of the HR group did, and the person's own item wins.
 */
export interface IPrivacyRepository {
  /** The choices in force of the given site users, by user id, read now. A person without any is absent from the map. */
  getChoicesFor(employeeIds: readonly number[]): Promise<ReadonlyMap<number, IPrivacyChoices>>;
  /** The signed-in user's choices in force (their own, else HR's for them); undefined when there are none. */
  getMine(): Promise<IPrivacyChoices | undefined>;
  /**
   * The signed-in user's choices in force and every saved version of that item (none without choices): the item
   * remembered on this device from last time has its versions read at the same moment as the choices.
   */
  getMineWithHistory(): Promise<IMineWithHistory>;
  /**
   * Saves the signed-in user's choices in their own item: creates it when `previous` is not theirs (none, or HR's),
   * otherwise updates it if nobody changed it since `etag` (else a DataError of kind 'conflict'). Returns the stored
   * choices, which then win over HR's.
   */
  saveMine(choices: ConsentMatrix, previous: IPrivacyChoices | undefined, consentTextVersion: string): Promise<IPrivacyChoices>;
  /** Every saved version of an item, newest first (the list's versioning is the audit trail). */
  getHistory(itemId: number): Promise<readonly IPrivacyVersion[]>;
  /**
   * For members of HR: the items created by someone who is neither the person nor in HR, which every reader ignores,
   * oldest first. Undefined for everyone else.
   */
  getImpostors(): Promise<readonly IPrivacyItem[] | undefined>;
  /** For members of HR: puts one such item in the recycle bin. Refuses (kind 'conflict') an item that now counts. */
  recycleImpostor(itemId: number): Promise<void>;
}
