/** What the stories web part reads. */
import type { SPFI } from '@pnp/sp';
import type { IStoryRepository } from '../../data/IStoryRepository';
import { StoryRepository } from '../../data/StoryRepository';

export function storiesRepositories(sp: SPFI, siteUrl: string): { readonly stories: IStoryRepository } {
  return { stories: new StoryRepository(sp, siteUrl) };
}
