/**
 * Every repository over one SPFI, for the repository tests and the benchmarks. The product never builds them all:
 * each web part builds what it uses (`<webpart>/repositories.ts`, through the host's `connect`).
 */
import type { SPFI } from '@pnp/sp';
import { NavnenytRepository } from '../../src/features/navnenyt/data/NavnenytRepository';
import type { INavnenytRepository } from '../../src/features/navnenyt/data/INavnenytRepository';
import { PortraitRepository } from '../../src/features/portraits/data/PortraitRepository';
import type { IPortraitRepository } from '../../src/features/portraits/data/IPortraitRepository';
import { PrivacyRepository } from '../../src/features/privacy/data/PrivacyRepository';
import type { IPrivacyRepository } from '../../src/features/privacy/data/IPrivacyRepository';
import { StoryRepository } from '../../src/features/stories/data/StoryRepository';
import { NavnenytEditorRepository } from '../../src/features/navnenyt/data/NavnenytEditorRepository';
import type { INavnenytEditorRepository } from '../../src/features/navnenyt/data/INavnenytEditorRepository';
import { RejectedSubmissions } from '../../src/features/navnenyt/data/RejectedSubmissions';
import type { IRejectedSubmissions } from '../../src/features/navnenyt/data/IRejectedSubmissions';
import { WithdrawalRepository } from '../../src/features/navnenyt/data/WithdrawalRepository';
import type { IWithdrawalRepository } from '../../src/features/navnenyt/data/IWithdrawalRepository';
import { EmployeeDirectory } from '../../src/features/employees/data/EmployeeDirectory';
import type { IEmployeeDirectory } from '../../src/features/employees/data/IEmployeeDirectory';
import { UserRepository } from '../../src/shared/data/users/UserRepository';
import type { IUserRepository } from '../../src/shared/data/users/IUserRepository';
import type { IStoryRepository } from '../../src/features/stories/data/IStoryRepository';

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
 * passes the URL rule against it (src/shared/domain/urls.ts).
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
