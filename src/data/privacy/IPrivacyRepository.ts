import type { IPrivacyChoices } from '../../domain/models';

export interface IPrivacyRepository {
  /** The privacy choices of the given site users, by user id. A person without an item is absent from the map. */
  getChoicesFor(employeeIds: readonly number[]): Promise<ReadonlyMap<number, IPrivacyChoices>>;
}
