/** What every part of the studio gets: the repository, people's choices read now, texts, settings and the day. */
import type { IsoDate } from '../../../../shared/domain/models';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IPrivacyChoices } from '../../../privacy';
import type { IPortraitStudioRepository } from '../../data/IPortraitStudioRepository';
import type { IStudioTexts } from '../../loc/studioTexts';

/** People's privacy choices in force, read from the list at the moment of the call (never cached). */
export type ReadChoices = (employeeIds: readonly number[]) => Promise<ReadonlyMap<number, IPrivacyChoices>>;

export interface IStudioSettings {
  /** utm_campaign of communications' posts. */
  readonly campaign: string;
  /** Communications' own hashtags, as typed in the setting. */
  readonly hashtags: string;
  /** The organisation page's admin address per channel ("Åbn LinkedIn" goes there when set). */
  readonly linkedInPageUrl: string;
  readonly facebookPageUrl: string;
  /** The page with Mine valg, linked in the consent e-mail. */
  readonly myChoicesUrl: string;
}

export interface IStudioContext {
  readonly repository: IPortraitStudioRepository;
  readonly readChoices: ReadChoices;
  readonly strings: ICommonStrings;
  readonly texts: IStudioTexts;
  readonly settings: IStudioSettings;
  /** The site with the lists: intranet addresses are refused as public links. */
  readonly siteUrl: string;
  readonly today: IsoDate;
}
