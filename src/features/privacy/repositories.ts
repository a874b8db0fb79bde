/** The privacy repository, for other features' web parts to compose (their repositories read people's choices). */
import type { SPFI } from '@pnp/sp';
import { UserRepository } from '../../shared/data/users/UserRepository';
import type { IPrivacyRepository } from './data/IPrivacyRepository';
import { PrivacyRepository } from './data/PrivacyRepository';

export { PrivacyRepository };

/** People's choices, read now (one batch); one function per connection, so React sees the same one every render. */
export type ReadChoices = IPrivacyRepository['getChoicesFor'];

export function readChoicesOf(sp: SPFI): ReadChoices {
  const privacy = new PrivacyRepository(sp, new UserRepository(sp));
  return (ids) => privacy.getChoicesFor(ids);
}
