import type { IPersonRef } from '../../src/shared/domain/models';
import type { IUserRepository } from '../../src/shared/data/users/IUserRepository';

/** The signed-in user, for components that need to know who is at the keyboard. */
export class FakeUserRepository implements IUserRepository {
  public constructor(public me: IPersonRef = { id: 7, name: 'Lars Østergaard', email: 'lars.ostergaard@norddjurs.dk' }) {}

  public async current(): Promise<IPersonRef> {
    return this.me;
  }

  public async ensure(email: string): Promise<IPersonRef> {
    return { id: 100, name: email, email };
  }
}
