/** What communications' story check reads: the story pages with their content, and the featured people's choices. */
import type { SPFI } from '@pnp/sp';
import { readChoicesOf } from '../../../privacy/repositories';
import type { ReadChoices } from '../../../privacy/repositories';
import type { IStoryCheckRepository } from '../../data/IStoryPageRepository';
import { StoryPageRepository } from '../../data/StoryPageRepository';

export function storyCheckRepositories(sp: SPFI, siteUrl: string): { readonly pages: IStoryCheckRepository; readonly choices: ReadChoices } {
  return { pages: new StoryPageRepository(sp, siteUrl), choices: readChoicesOf(sp) };
}
