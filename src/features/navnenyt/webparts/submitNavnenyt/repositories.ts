/**
 * What HR's form uses: what the user may do on Navnenyt, the editor, the published name news, the payroll extract, the
 * users and HR's rejected items.
 */
import type { SPFI } from '@pnp/sp';
import { PermissionRepository } from '../../../../shared/data/permissions';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import type { IUserRepository } from '../../../../shared/data/users/IUserRepository';
import { UserRepository } from '../../../../shared/data/users/UserRepository';
import type { IEmployeeDirectory } from '../../../employees';
import { EmployeeDirectory } from '../../../employees/repositories';
import { PrivacyRepository } from '../../../privacy/repositories';
import type { INavnenytEditorRepository } from '../../data/INavnenytEditorRepository';
import type { INavnenytRepository } from '../../data/INavnenytRepository';
import type { IRejectedSubmissions } from '../../data/IRejectedSubmissions';
import { NavnenytEditorRepository } from '../../data/NavnenytEditorRepository';
import { NavnenytRepository } from '../../data/NavnenytRepository';
import { RejectedSubmissions } from '../../data/RejectedSubmissions';

export interface ISubmitRepositories {
  readonly permissions: IPermissionRepository;
  readonly editor: INavnenytEditorRepository;
  readonly navnenyt: INavnenytRepository;
  readonly employees: IEmployeeDirectory;
  readonly users: IUserRepository;
  readonly rejected: IRejectedSubmissions;
}

export function submitRepositories(sp: SPFI, siteUrl: string): ISubmitRepositories {
  const users = new UserRepository(sp);
  const privacy = new PrivacyRepository(sp, users);
  return {
    permissions: new PermissionRepository(sp),
    editor: new NavnenytEditorRepository(sp, users, siteUrl, privacy),
    navnenyt: new NavnenytRepository(sp, privacy, siteUrl),
    employees: new EmployeeDirectory(sp),
    users,
    rejected: new RejectedSubmissions(sp, users, siteUrl),
  };
}
