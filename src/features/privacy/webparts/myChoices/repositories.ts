/** What Mine valg uses: the person's own privacy choices, and everything else the product holds about them (Se alt om mig). */
import type { SPFI } from '@pnp/sp';
import { UserRepository } from '../../../../shared/data/users/UserRepository';
import type { IPrivacyRepository } from '../../data/IPrivacyRepository';
import { PrivacyRepository } from '../../data/PrivacyRepository';
import { deviceMemory } from '../../data/deviceMemory';
import type { IPersonalDataSource } from '../../data/IPersonalDataSource';

export interface IMyChoicesRepositories {
  readonly privacy: IPrivacyRepository;
  readonly personalData: IPersonalDataSource;
}

export function myChoicesRepositories(sp: SPFI, siteUrl: string): IMyChoicesRepositories {
  const users = new UserRepository(sp);
  const privacy = new PrivacyRepository(sp, users, deviceMemory(siteUrl));
  // Se alt om mig is read when a person asks: its reader comes then, in the same chunk as its panel.
  const personalData: IPersonalDataSource = {
    collect: async (today) => {
      const { PersonalDataRepository } = await import(/* webpackChunkName: 'se-alt-om-mig' */ '../../data/PersonalDataRepository');
      return new PersonalDataRepository(sp, users, privacy, siteUrl).collect(today);
    },
  };
  return { privacy, personalData };
}
