/** What the portraits web part reads: the portraits and the choices of the people in them. */
import type { SPFI } from '@pnp/sp';
import { UserRepository } from '../../../../shared/data/users/UserRepository';
import { deviceMemory, PrivacyRepository } from '../../../privacy/repositories';
import type { IPortraitRepository } from '../../data/IPortraitRepository';
import { PortraitRepository } from '../../data/PortraitRepository';

export function portraitsRepositories(sp: SPFI, siteUrl: string): { readonly portraits: IPortraitRepository } {
  return { portraits: new PortraitRepository(sp, new PrivacyRepository(sp, new UserRepository(sp)), siteUrl, deviceMemory(siteUrl)) };
}
