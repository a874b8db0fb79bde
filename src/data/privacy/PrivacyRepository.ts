import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IPrivacyChoices } from '../../domain/models';
import { toDataError } from '../errors';
import { Lists, PrivacyFields } from '../lists';
import { odataNumber } from '../odata';
import type { Row } from '../rows';
import type { IPrivacyRepository } from './IPrivacyRepository';
import { PRIVACY_SELECT, toPrivacyChoices } from './privacyMapping';

/** Ids per request: keeps the filter well below SharePoint's URL and expression limits. */
const CHUNK = 40;

export class PrivacyRepository implements IPrivacyRepository {
  public constructor(private readonly sp: SPFI) {}

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
