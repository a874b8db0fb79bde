import type { IPortrait, Profession } from '../domain/models';
import type { IPrivacyChoices } from '../../privacy';

export interface IPortraitQuery {
  readonly top?: number;
  readonly profession?: Profession;
}

export interface IPortraitFeed {
  readonly portraits: readonly IPortrait[];
  /** The privacy choices of the people portrayed, by site user id. */
  readonly choices: ReadonlyMap<number, IPrivacyChoices>;
}

export interface IPortraitRepository {
  getPortraits(query: IPortraitQuery): Promise<IPortraitFeed>;
}
