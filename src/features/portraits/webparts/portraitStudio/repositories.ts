/** What the portrait studio uses: what the user may do on the portraits list, the portraits, and people's choices read now. */
import type { SPFI } from '@pnp/sp';
import { PermissionRepository } from '../../../../shared/data/permissions';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import { readChoicesOf } from '../../../privacy/repositories';
import type { ReadChoices } from '../../../privacy/repositories';
import type { IPortraitStudioRepository } from '../../data/IPortraitStudioRepository';
import { PortraitStudioRepository } from '../../data/PortraitStudioRepository';

export interface IPortraitStudioRepositories {
  readonly permissions: IPermissionRepository;
  readonly portraits: IPortraitStudioRepository;
  readonly choices: ReadChoices;
}

export function portraitStudioRepositories(sp: SPFI, siteUrl: string): IPortraitStudioRepositories {
  return { permissions: new PermissionRepository(sp), portraits: new PortraitStudioRepository(sp, siteUrl), choices: readChoicesOf(sp) };
}
