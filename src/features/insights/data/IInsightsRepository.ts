import type { IsoDate } from '../../../shared/domain/models';
import type { Row } from '../../../shared/data/rows';
import type { INavnenytItem } from '../../navnenyt';
import type { IPortrait } from '../../portraits';
import type { IPrivacyChoices } from '../../privacy';
import type { IStory } from '../../stories';
import type { IInsightsFacts, IPeriod } from '../domain/models';

/** What Indblik reads for a period (src/features/insights/domain/models.ts). */
export type IInsightsData = IInsightsFacts;

export interface IInsightsRepository {
  load(period: IPeriod): Promise<IInsightsData>;
}

/** The other features' readers Indblik uses, composed by its web part from their doors (`repositories.ts`). */
export interface IInsightsSources {
  /** Published stories up to `today`, newest first (the stories feature's repository). */
  readonly stories: { getStories(query: { readonly today: IsoDate; readonly top?: number }): Promise<readonly IStory[]> };
  /** The portraits (the portraits feature's repository). */
  readonly portraits: { getPortraits(query: { readonly top?: number }): Promise<{ readonly portraits: readonly IPortrait[] }> };
  /** A Navnenyt row as an item (the name-news feature's mapping). */
  readonly toNameNews: (row: Row, siteUrl: string, siteTimeZone: string) => INavnenytItem | undefined;
  /** The choices in force of site users (the privacy feature's reader, which applies who may set them). */
  readonly readChoices: (ids: readonly number[]) => Promise<ReadonlyMap<number, IPrivacyChoices>>;
}
