/** What Mine valg uses: the person's own privacy choices, and everything else the product holds about them (Se alt om mig). */
import type { SPFI } from '@pnp/sp';
import { UserRepository } from '../../../../shared/data/users/UserRepository';
import type { IPrivacyRepository } from '../../data/IPrivacyRepository';
import { PrivacyRepository } from '../../data/PrivacyRepository';
import { PersonalDataRepository } from '../../data/PersonalDataRepository';

export interface IMyChoicesRepositories {
  readonly privacy: IPrivacyRepository;
  readonly personalData: PersonalDataRepository;
}

export function myChoicesRepositories(sp: SPFI, siteUrl: string): IMyChoicesRepositories {
  const users = new UserRepository(sp);
  const privacy = new PrivacyRepository(sp, users);
  return { privacy, personalData: new PersonalDataRepository(sp, users, privacy, siteUrl) };
}
