/**
 * The composition of every repository over one SPFI. Web parts call this with the SPFx-configured SPFI,
 * the local workbench with one pointed at the local SharePoint.
 */
import type { SPFI } from '@pnp/sp';
import { NavnenytRepository } from './navnenyt/NavnenytRepository';
import type { INavnenytRepository } from './navnenyt/INavnenytRepository';
import { PortraitRepository } from './portraits/PortraitRepository';
import type { IPortraitRepository } from './portraits/IPortraitRepository';
import { PrivacyRepository } from './privacy/PrivacyRepository';
import type { IPrivacyRepository } from './privacy/IPrivacyRepository';
import { StoryRepository } from './stories/StoryRepository';
import { NavnenytEditorRepository } from './navnenyt/NavnenytEditorRepository';
import type { INavnenytEditorRepository } from './navnenyt/INavnenytEditorRepository';
import { RejectedSubmissions } from './navnenyt/RejectedSubmissions';
import type { IRejectedSubmissions } from './navnenyt/IRejectedSubmissions';
import { WithdrawalRepository } from './navnenyt/WithdrawalRepository';
import type { IWithdrawalRepository } from './navnenyt/IWithdrawalRepository';
import { EmployeeDirectory } from './employees/EmployeeDirectory';
import type { IEmployeeDirectory } from './employees/IEmployeeDirectory';
import { UserRepository } from './users/UserRepository';
import type { IUserRepository } from './users/IUserRepository';
import type { IStoryRepository } from './stories/IStoryRepository';

export interface IRepositories {
  readonly navnenyt: INavnenytRepository;
  readonly stories: IStoryRepository;
  readonly portraits: IPortraitRepository;
  readonly privacy: IPrivacyRepository;
  readonly navnenytEditor: INavnenytEditorRepository;
  /** HR's own rejected submissions, with communications' reason. */
  readonly rejected: IRejectedSubmissions;
  /** Communications' *Samtykke trukket tilbage* tasks. */
  readonly withdrawals: IWithdrawalRepository;
  readonly employees: IEmployeeDirectory;
  readonly users: IUserRepository;
}

/**
 * `siteUrl` is the absolute URL of the site whose lists `sp` reads: every photo and link the repositories hand on
 * passes the URL rule against it (src/domain/urls.ts).
 */
export function createRepositories(sp: SPFI, siteUrl: string): IRepositories {
  const users = new UserRepository(sp);
  const privacy = new PrivacyRepository(sp, users);
  return {
    users,
    privacy,
    navnenytEditor: new NavnenytEditorRepository(sp, users, siteUrl, privacy),
    rejected: new RejectedSubmissions(sp, users, siteUrl),
    withdrawals: new WithdrawalRepository(sp, privacy, siteUrl),
    employees: new EmployeeDirectory(sp),
    navnenyt: new NavnenytRepository(sp, privacy, siteUrl),
    stories: new StoryRepository(sp, siteUrl),
    portraits: new PortraitRepository(sp, privacy, siteUrl),
  };
}
