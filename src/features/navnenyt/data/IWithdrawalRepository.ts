import type { IWithdrawalTask } from '../domain/consentStorage';
import type { INavnenytItem } from '../domain/models';

/**
 * *Samtykke trukket tilbage*: published name news that hold what their person has since said no to. Derived on every
 * call from the approved items and the people's current choices (no list of its own), by the readers' own rule.
 */
export interface IWithdrawalRepository {
  /** The tasks now, soonest event first. */
  getTasks(): Promise<readonly IWithdrawalTask[]>;
  /** Puts the item and its photo in the site's recycle bin (communications, who may delete on the list). */
  remove(item: INavnenytItem): Promise<void>;
}
