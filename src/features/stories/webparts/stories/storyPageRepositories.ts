/**
 * What the local front page's story page reads (in SharePoint the news page itself opens). A module of its own: the
 * stories web part never imports it, so the readers' bundle does not carry StoryPageRepository and the PnPjs files
 * and folders it needs (bench/bundles).
 */
import type { SPFI } from '@pnp/sp';
import { readChoicesOf } from '../../../privacy/repositories';
import type { ReadChoices } from '../../../privacy/repositories';
import type { IStoryPageRepository } from '../../data/IStoryPageRepository';
import { StoryPageRepository } from '../../data/StoryPageRepository';

export function storyPageRepositories(sp: SPFI, siteUrl: string): { readonly pages: IStoryPageRepository; readonly choices: ReadChoices } {
  return { pages: new StoryPageRepository(sp, siteUrl), choices: readChoicesOf(sp) };
}
