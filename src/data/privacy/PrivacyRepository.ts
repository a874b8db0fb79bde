import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { ConsentMatrix, IPrivacyChoices } from '../../domain/models';
import type { IPrivacyVersion } from '../../domain/consentHistory';
import { toDataError } from '../errors';
import { BuiltIn, Lists, PrivacyFields } from '../lists';
import { odataNumber } from '../odata';
import type { Row } from '../rows';
import type { IUserRepository } from '../users/IUserRepository';
import type { IPrivacyRepository } from './IPrivacyRepository';
import { consentBody, PRIVACY_SELECT, toPrivacyChoices, toPrivacyVersion } from './privacyMapping';

/** Ids per request: keeps the filter well below SharePoint's URL and expression limits. */
const CHUNK = 40;

export class PrivacyRepository implements IPrivacyRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly users: IUserRepository,
  ) {}

  private get list(): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.sp.web.lists.getByTitle(Lists.Privacy.title);
  }

  public async getMine(): Promise<IPrivacyChoices | undefined> {
    const me = await this.users.current();
    return (await this.getChoicesFor([me.id])).get(me.id);
  }

  public async saveMine(choices: ConsentMatrix, previous: IPrivacyChoices | undefined, consentTextVersion: string): Promise<IPrivacyChoices> {
    const me = await this.users.current();
    const body = { ...consentBody(choices), [PrivacyFields.ConsentTextVersion.name]: consentTextVersion };
    try {
      if (previous?.id === undefined) {
        await this.list.items.add({
          ...body,
          [BuiltIn.Title.name]: me.name,
          [`${PrivacyFields.Employee.name}Id`]: me.id,
          [PrivacyFields.RegisteredBy.name]: 'Selvbetjening',
        });
      } else {
        await this.list.items.getById(previous.id).update(body, previous.etag ?? '*');
      }
    } catch (e) {
      throw toDataError(e);
    }
    const saved = await this.getMine();
    if (!saved) throw toDataError(new Error('De gemte valg kunne ikke læses igen'));
    return saved;
  }

  public async getHistory(itemId: number): Promise<readonly IPrivacyVersion[]> {
    try {
      const rows = (await this.list.items.getById(itemId).versions()) as unknown as Row[];
      return rows.map(toPrivacyVersion).filter((v): v is IPrivacyVersion => v !== undefined);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async getChoicesFor(employeeIds: readonly number[]): Promise<ReadonlyMap<number, IPrivacyChoices>> {
    const unique = Array.from(new Set(employeeIds)).sort((a, b) => a - b);
    const result = new Map<number, IPrivacyChoices>();
    if (unique.length === 0) return result;
    const chunks: number[][] = [];
    for (let i = 0; i < unique.length; i += CHUNK) chunks.push(unique.slice(i, i + CHUNK));
    try {
      const [batched, execute] = this.sp.batched();
      const list = batched.web.lists.getByTitle(Lists.Privacy.title);
      const pending = chunks.map((ids) =>
        list.items
          .select(...PRIVACY_SELECT)
          .expand(PrivacyFields.Employee.name)
          .filter(ids.map((id) => `${PrivacyFields.Employee.name}Id eq ${odataNumber(id)}`).join(' or '))
          .top(CHUNK * 2)<Row[]>(),
      );
      await execute();
      for (const rows of await Promise.all(pending)) {
        for (const row of rows) {
          const choices = toPrivacyChoices(row);
          if (choices) result.set(choices.employee.id, choices);
        }
      }
      return result;
    } catch (e) {
      throw toDataError(e);
    }
  }
}
