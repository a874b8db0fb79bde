/** What the stories web part reads: the news pages, and the featured people's privacy choices. */
import type { SPFI } from '@pnp/sp';
import { deviceMemory, readAlongsideOf } from '../../../privacy/repositories';
import type { ReadAlongside } from '../../../privacy';
import type { IStoryRepository } from '../../data/IStoryRepository';
import { StoryRepository } from '../../data/StoryRepository';

export interface IStoriesRepositories {
  readonly stories: IStoryRepository;
  readonly withChoices: ReadAlongside;
}

export function storiesRepositories(sp: SPFI, siteUrl: string): IStoriesRepositories {
  return { stories: new StoryRepository(sp, siteUrl), withChoices: readAlongsideOf(sp, deviceMemory(siteUrl)) };
}
