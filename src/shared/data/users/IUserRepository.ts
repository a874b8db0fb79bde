import type { IPersonRef } from '../../domain/models';

export interface IUserRepository {
  /** The signed-in user. */
  current(): Promise<IPersonRef>;
  /** The site user for an e-mail (added to the site when missing), as SharePoint's `ensureUser` does. */
  ensure(email: string): Promise<IPersonRef>;
}
