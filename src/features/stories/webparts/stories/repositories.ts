/** What the stories web part reads: the news pages, and the featured people's privacy choices. */
import type { SPFI } from '@pnp/sp';
import { UserRepository } from '../../../../shared/data/users/UserRepository';
import { PrivacyRepository } from '../../../privacy/repositories';
import type { IPrivacyRepository } from '../../../privacy';
import type { IStoryRepository } from '../../data/IStoryRepository';
import { StoryRepository } from '../../data/StoryRepository';
import type { IStoryPageRepository } from '../../data/IStoryPageRepository';
import { StoryPageRepository } from '../../data/StoryPageRepository';

export interface IStoriesRepositories {
  readonly stories: IStoryRepository;
  readonly privacy: IPrivacyRepository;
}

export function storiesRepositories(sp: SPFI, siteUrl: string): IStoriesRepositories {
  return { stories: new StoryRepository(sp, siteUrl), privacy: new PrivacyRepository(sp, new UserRepository(sp)) };
}

/** What the local front page's story page reads (in SharePoint the news page itself opens). */
export function storyPageRepositories(sp: SPFI, siteUrl: string): { readonly pages: IStoryPageRepository; readonly privacy: IPrivacyRepository } {
  return { pages: new StoryPageRepository(sp, siteUrl), privacy: new PrivacyRepository(sp, new UserRepository(sp)) };
}
