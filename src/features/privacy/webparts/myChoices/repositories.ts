/** What Mine valg uses: the person's own privacy choices. */
import type { SPFI } from '@pnp/sp';
import { UserRepository } from '../../../../shared/data/users/UserRepository';
import type { IPrivacyRepository } from '../../data/IPrivacyRepository';
import { PrivacyRepository } from '../../data/PrivacyRepository';

export function myChoicesRepositories(sp: SPFI): { readonly privacy: IPrivacyRepository } {
  return { privacy: new PrivacyRepository(sp, new UserRepository(sp)) };
}
