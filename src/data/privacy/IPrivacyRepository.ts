import type { ConsentMatrix, IPrivacyChoices } from '../../domain/models';
import type { IPrivacyVersion } from '../../domain/consentHistory';

export interface IPrivacyRepository {
  /** The privacy choices of the given site users, by user id. A person without an item is absent from the map. */
  getChoicesFor(employeeIds: readonly number[]): Promise<ReadonlyMap<number, IPrivacyChoices>>;
  /** The signed-in user's own choices; undefined when they have never saved any. */
  getMine(): Promise<IPrivacyChoices | undefined>;
  /**
   * Saves the signed-in user's choices: creates their item the first time, otherwise updates it if nobody changed
   * it since `etag` (else a DataError of kind 'conflict'). Returns the stored choices.
   */
  saveMine(choices: ConsentMatrix, previous: IPrivacyChoices | undefined, consentTextVersion: string): Promise<IPrivacyChoices>;
  /** Every saved version of an item, newest first (the list's versioning is the audit trail). */
  getHistory(itemId: number): Promise<readonly IPrivacyVersion[]>;
}
