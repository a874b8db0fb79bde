/** What the stories web part reads: the news pages, and the featured people's privacy choices. */
import type { SPFI } from '@pnp/sp';
import { readChoicesOf } from '../../../privacy/repositories';
import type { ReadChoices } from '../../../privacy/repositories';
import type { IStoryRepository } from '../../data/IStoryRepository';
import { StoryRepository } from '../../data/StoryRepository';

export interface IStoriesRepositories {
  readonly stories: IStoryRepository;
  readonly choices: ReadChoices;
}

export function storiesRepositories(sp: SPFI, siteUrl: string): IStoriesRepositories {
  return { stories: new StoryRepository(sp, siteUrl), choices: readChoicesOf(sp) };
}
