/** What communications' story check reads: the story pages with their content, and the featured people's choices. */
import type { SPFI } from '@pnp/sp';
import { UserRepository } from '../../../../shared/data/users/UserRepository';
import { PrivacyRepository } from '../../../privacy/repositories';
import type { IPrivacyRepository } from '../../../privacy';
import type { IStoryCheckRepository } from '../../data/IStoryPageRepository';
import { StoryPageRepository } from '../../data/StoryPageRepository';

export function storyCheckRepositories(sp: SPFI, siteUrl: string): { readonly pages: IStoryCheckRepository; readonly privacy: IPrivacyRepository } {
  return { pages: new StoryPageRepository(sp, siteUrl), privacy: new PrivacyRepository(sp, new UserRepository(sp)) };
}
