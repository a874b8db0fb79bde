/** What communications' story check reads: the story pages with their content, and the featured people's choices. */
import type { SPFI } from '@pnp/sp';
import { deviceMemory, readAlongsideOf } from '../../../privacy/repositories';
import type { ReadAlongside } from '../../../privacy';
import type { IStoryCheckRepository } from '../../data/IStoryPageRepository';
import { StoryPageRepository } from '../../data/StoryPageRepository';

export function storyCheckRepositories(sp: SPFI, siteUrl: string): { readonly pages: IStoryCheckRepository; readonly withChoices: ReadAlongside } {
  return { pages: new StoryPageRepository(sp, siteUrl), withChoices: readAlongsideOf(sp, deviceMemory(siteUrl)) };
}
