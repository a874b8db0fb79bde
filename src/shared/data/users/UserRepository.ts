import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { IPersonRef } from '../../domain/models';
import { toDataError } from '../errors';
import { pageContextOf } from '../pageContext';
import type { IUserRepository } from './IUserRepository';

interface ISiteUserRow {
  Id: number;
  Title: string;
  Email?: string;
  LoginName?: string;
}

const toPerson = (u: ISiteUserRow): IPersonRef => ({ id: u.Id, name: (u.Title ?? '').normalize('NFC'), email: u.Email || undefined });

export class UserRepository implements IUserRepository {
  private me: Promise<IPersonRef> | undefined;

  public constructor(private readonly sp: SPFI) {}

  public current(): Promise<IPersonRef> {
    // The signed-in user does not change during a page's life: one request per page, none when the page says who.
    const stated = pageContextOf(this.sp).user;
    if (stated) return Promise.resolve(stated);
    if (!this.me) {
      this.me = this.sp.web.currentUser
        .select('Id', 'Title', 'Email', 'LoginName')<ISiteUserRow>()
        .then(toPerson, (e: unknown) => {
          this.me = undefined;
          throw toDataError(e);
        });
    }
    return this.me;
  }

  public async ensure(email: string): Promise<IPersonRef> {
    try {
      const login = email.includes('|') ? email : `i:0#.f|membership|${email.trim().toLowerCase()}`;
      return toPerson((await this.sp.web.ensureUser(login)) as unknown as ISiteUserRow);
    } catch (e) {
      throw toDataError(e);
    }
  }
}
