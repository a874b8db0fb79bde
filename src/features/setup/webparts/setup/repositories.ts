/** What the set-up uses: its writer over the site that is to hold the lists. */
import type { SPFI } from '@pnp/sp';
import type { ISetupRepository } from '../../data/ISetupRepository';
import { SetupRepository } from '../../data/SetupRepository';

export function setupRepositories(sp: SPFI, siteUrl: string): { readonly setup: ISetupRepository } {
  return { setup: new SetupRepository(sp, siteUrl) };
}
