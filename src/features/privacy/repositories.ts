/** The privacy repository, for other features' web parts to compose (their repositories read people's choices). */
import type { SPFI } from '@pnp/sp';
import { UserRepository } from '../../shared/data/users/UserRepository';
import { PrivacyRepository } from './data/PrivacyRepository';
import { readAlongside } from './domain/choicesAlongside';
import type { ReadAlongside, ReadChoices } from './domain/choicesAlongside';
import { deviceMemory } from './data/deviceMemory';
import type { IPeopleMemory } from './domain/peopleMemory';

export { PrivacyRepository, deviceMemory };

export type { ReadChoices };

/** People's choices, read now; one function per connection, so React sees the same one every render. */
export function readChoicesOf(sp: SPFI): ReadChoices {
  const privacy = new PrivacyRepository(sp, new UserRepository(sp));
  return (ids) => privacy.getChoicesFor(ids);
}

/** A list and the choices of the people it names, read side by side (choicesAlongside.ts); one function per connection. */
export function readAlongsideOf(sp: SPFI, memory: IPeopleMemory): ReadAlongside {
  const read = readChoicesOf(sp);
  return (key, load, peopleOf) => readAlongside(read, memory, key, load, peopleOf);
}
