/** What the Navnenyt reader reads: the name news in its window and the choices of the people in it. */
import type { SPFI } from '@pnp/sp';
import { UserRepository } from '../../../../shared/data/users/UserRepository';
import { deviceMemory, PrivacyRepository } from '../../../privacy/repositories';
import { NavnenytRepository } from '../../data/NavnenytRepository';
import type { INavnenytRepository } from '../../data/INavnenytRepository';

export interface INavnenytReaderRepositories {
  readonly navnenyt: INavnenytRepository;
}

export function navnenytReaderRepositories(sp: SPFI, siteUrl: string): INavnenytReaderRepositories {
  return { navnenyt: new NavnenytRepository(sp, new PrivacyRepository(sp, new UserRepository(sp)), siteUrl, deviceMemory(siteUrl)) };
}
