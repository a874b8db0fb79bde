/** What communications' queue uses: what the user may do on Navnenyt, the editor (approve, reject), the withdrawal tasks and the retention clean-up. */
import type { SPFI } from '@pnp/sp';
import { PermissionRepository } from '../../../../shared/data/permissions';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import { UserRepository } from '../../../../shared/data/users/UserRepository';
import { PrivacyRepository } from '../../../privacy/repositories';
import type { INavnenytEditorRepository } from '../../data/INavnenytEditorRepository';
import type { IWithdrawalRepository } from '../../data/IWithdrawalRepository';
import { NavnenytEditorRepository } from '../../data/NavnenytEditorRepository';
import { WithdrawalRepository } from '../../data/WithdrawalRepository';
import type { IRetentionRepository } from '../../data/IRetentionRepository';
import { RetentionRepository } from '../../data/RetentionRepository';

export interface IApproveRepositories {
  readonly permissions: IPermissionRepository;
  readonly editor: INavnenytEditorRepository;
  readonly withdrawals: IWithdrawalRepository;
  readonly retention: IRetentionRepository;
}

export function approveRepositories(sp: SPFI, siteUrl: string): IApproveRepositories {
  const users = new UserRepository(sp);
  const privacy = new PrivacyRepository(sp, users);
  return {
    permissions: new PermissionRepository(sp),
    editor: new NavnenytEditorRepository(sp, users, siteUrl, privacy),
    withdrawals: new WithdrawalRepository(sp, privacy, siteUrl),
    retention: new RetentionRepository(sp, siteUrl),
  };
}
