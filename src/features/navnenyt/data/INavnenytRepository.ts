import type { IsoDate } from '../../../shared/domain/models';
import type { INavnenytItem } from '../domain/models';
import type { IPrivacyChoices } from '../../privacy';

export interface INavnenytQuery {
  /** First event date to include. */
  readonly from: IsoDate;
  /** Last event date to include. */
  readonly to: IsoDate;
  /** Only this area ("Mit område"); all areas when absent. */
  readonly area?: string;
  /** The most items to fetch. */
  readonly top?: number;
}

export interface INavnenytFeed {
  /** Approved items as the signed-in reader may see them; privacy is applied by the domain, not here. */
  readonly items: readonly INavnenytItem[];
  /** The privacy choices of the people in `items`, by site user id. */
  readonly choices: ReadonlyMap<number, IPrivacyChoices>;
}

export interface INavnenytRepository {
  getFeed(query: INavnenytQuery): Promise<INavnenytFeed>;
  /** The items with an event date in the period that the signed-in user may see (HR: also their own pending). */
  getItems(query: INavnenytQuery): Promise<readonly INavnenytItem[]>;
}
