import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-groups/web';
import type { IPrivacyVersion } from '../domain/consentHistory';
import { privacyItemKind, resolveChoices } from '../domain/consentOwnership';
import type { IPrivacyItem } from '../domain/consentOwnership';
import { DataError, toDataError } from '../../../shared/data/errors';
import { BuiltIn, Groups, Lists, PrivacyFields } from '../../../shared/data/lists';
import { odataNumber } from '../../../shared/data/odata';
import { askedPerSite } from '../../../shared/data/perSite';
import type { Row } from '../../../shared/data/rows';
import type { IUserRepository } from '../../../shared/data/users/IUserRepository';
import type { IMineWithHistory, IPrivacyRepository } from './IPrivacyRepository';
import { pageMemory } from '../domain/peopleMemory';
import type { IPeopleMemory } from '../domain/peopleMemory';
import { consentBody, PRIVACY_EXPAND, PRIVACY_SELECT, toPrivacyItem, toPrivacyVersion } from './privacyMapping';
import type { ConsentMatrix, IPrivacyChoices } from '../domain/models';

/** Ids per request: keeps the filter well below SharePoint's URL and expression limits. */
const CHUNK = 40;
/** More people than this many requests of CHUNK hold: every item is read instead (a page holds 5,000). */
const MOST_REQUESTS = 5;
/** SharePoint's most rows per request. */
const PAGE = 5000;

type Web = SPFI['web'];
type PrivacyList = ReturnType<Web['lists']['getByTitle']>;

/** HR's members being asked per site (PnPjs instance) right now: shared only while asked, read fresh afterwards. */
const membersPerSite = askedPerSite<'hr', { Id: number }[]>('inFlight');

function toItems(rows: readonly Row[]): IPrivacyItem[] {
  return rows.map(toPrivacyItem).filter((i): i is IPrivacyItem => i !== undefined);
}

function lastId(rows: readonly Row[]): number {
  return Number(rows[rows.length - 1][BuiltIn.Id.name]);
}

export class PrivacyRepository implements IPrivacyRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly users: IUserRepository,
    /** Which item was the person's own last time (a device's memory in Mine valg), so its history is read at once. */
    private readonly memory: IPeopleMemory = pageMemory(),
  ) {}

  private static listOf(web: Web): PrivacyList {
    return web.lists.getByTitle(Lists.Privacy.title);
  }

  /** One page of items (ordered by id, after `afterId`), optionally only those naming some people. */
  private static page(list: PrivacyList, employeeFilter: string | undefined, afterId: number): Promise<Row[]> {
    const clauses = [employeeFilter ? `(${employeeFilter})` : undefined, afterId > 0 ? `${BuiltIn.Id.name} gt ${odataNumber(afterId)}` : undefined].filter(Boolean);
    let query = list.items
      .select(...PRIVACY_SELECT)
      .expand(...PRIVACY_EXPAND)
      .orderBy(BuiltIn.Id.name, true)
      .top(PAGE);
    if (clauses.length > 0) query = query.filter(clauses.join(' and '));
    return query<Row[]>();
  }

  /** The rest of a query whose first page came back full (many items naming the same people: forged or repeated). */
  private async rest(employeeFilter: string | undefined, first: Row[]): Promise<Row[]> {
    const all = [...first];
    let page = first;
    while (page.length === PAGE) {
      page = await PrivacyRepository.page(PrivacyRepository.listOf(this.sp.web), employeeFilter, lastId(page));
      all.push(...page);
    }
    return all;
  }

  /** HR's members, read now: whether an item someone else created counts depends on it. */
  private static hrMembers(web: Web): Promise<{ Id: number }[]> {
    return web.siteGroups.getByName(Groups.HR).users.select('Id')<{ Id: number }[]>();
  }

  /**
   * HR's members for a read: the web parts of one page that read at the same moment share one question (the front
   * page's readers start together); a later read asks again.
   */
  private hrMembersNow(): Promise<{ Id: number }[]> {
    return membersPerSite(this.sp, 'hr', () => PrivacyRepository.hrMembers(this.sp.web));
  }

  /**
   * The items naming the people (every item when `employeeIds` is undefined or names more people than a few requests
   * hold), and HR's members: plain GETs side by side, not a `$batch`, which is a POST that first needs a form digest
   * (one more round trip before the front page can show anyone; on a phone's 3G half a second).
   */
  private async read(employeeIds: readonly number[] | undefined): Promise<{ items: IPrivacyItem[]; hr: Set<number> }> {
    const filters: (string | undefined)[] = [];
    if (employeeIds === undefined || employeeIds.length > CHUNK * MOST_REQUESTS) filters.push(undefined);
    else for (let i = 0; i < employeeIds.length; i += CHUNK) filters.push(employeeIds.slice(i, i + CHUNK).map((id) => `${PrivacyFields.Employee.name}Id eq ${odataNumber(id)}`).join(' or '));
    const list = PrivacyRepository.listOf(this.sp.web);
    const [rows, members] = await Promise.all([
      Promise.all(filters.map(async (f) => this.rest(f, await PrivacyRepository.page(list, f, 0)))),
      this.hrMembersNow(),
    ]);
    const wanted = employeeIds && filters[0] === undefined ? new Set(employeeIds) : undefined;
    const items = toItems(rows.flat());
    return { items: wanted ? items.filter((i) => wanted.has(i.employee.id)) : items, hr: new Set(members.map((m) => m.Id)) };
  }

  public async getChoicesFor(employeeIds: readonly number[]): Promise<ReadonlyMap<number, IPrivacyChoices>> {
    const unique = Array.from(new Set(employeeIds)).sort((a, b) => a - b);
    const result = new Map<number, IPrivacyChoices>();
    if (unique.length === 0) return result;
    try {
      const { items, hr } = await this.read(unique);
      const resolved = resolveChoices(items, hr).byEmployee;
      for (const id of unique) {
        const choices = resolved.get(id);
        if (choices) result.set(id, choices);
      }
      return result;
    } catch (e) {
      throw toDataError(e);
    }
  }

  private async choicesOf(me: { readonly id: number }): Promise<IPrivacyChoices | undefined> {
    return (await this.getChoicesFor([me.id])).get(me.id);
  }

  public async getMine(): Promise<IPrivacyChoices | undefined> {
    return this.choicesOf(await this.users.current());
  }

  public async getMineWithHistory(): Promise<IMineWithHistory> {
    const me = await this.users.current();
    const key = `mine|${me.id}`;
    const [remembered] = this.memory.recall(key);
    const early = remembered === undefined ? undefined : this.getHistory(remembered);
    // Not used when the item is no longer the person's (then its error does not matter either).
    early?.catch(() => undefined);
    const mine = await this.choicesOf(me);
    this.memory.remember(key, mine?.id === undefined ? [] : [mine.id]);
    if (mine?.id === undefined) return { mine, history: [] };
    return { mine, history: await (mine.id === remembered && early ? early : this.getHistory(mine.id)) };
  }

  public async saveMine(choices: ConsentMatrix, previous: IPrivacyChoices | undefined, consentTextVersion: string): Promise<IPrivacyChoices> {
    const me = await this.users.current();
    const body = { ...consentBody(choices), [PrivacyFields.ConsentTextVersion.name]: consentTextVersion };
    // Only the person's own item is theirs to edit; HR's item (which they cannot edit) is outweighed by a new own item.
    const own = previous?.registeredBy === 'Selvbetjening' && previous.employee.id === me.id ? previous.id : undefined;
    try {
      const list = PrivacyRepository.listOf(this.sp.web);
      if (own === undefined) {
        await list.items.add({
          ...body,
          [BuiltIn.Title.name]: me.name,
          [`${PrivacyFields.Employee.name}Id`]: me.id,
          [PrivacyFields.RegisteredBy.name]: 'Selvbetjening',
        });
      } else {
        await list.items.getById(own).update(body, previous?.etag ?? '*');
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
      const rows = (await PrivacyRepository.listOf(this.sp.web).items.getById(itemId).versions()) as unknown as Row[];
      return rows.map(toPrivacyVersion).filter((v): v is IPrivacyVersion => v !== undefined);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async getImpostors(): Promise<readonly IPrivacyItem[] | undefined> {
    const me = await this.users.current();
    try {
      const members = new Set((await this.hrMembersNow()).map((m) => m.Id));
      if (!members.has(me.id)) return undefined;
      const { items, hr } = await this.read(undefined);
      return resolveChoices(items, hr).impostors;
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async recycleImpostor(itemId: number): Promise<void> {
    try {
      const [batched, execute] = this.sp.batched();
      const pending = PrivacyRepository.listOf(batched.web).items.getById(itemId).select(...PRIVACY_SELECT).expand(...PRIVACY_EXPAND)<Row>();
      const members = PrivacyRepository.hrMembers(batched.web);
      await execute();
      const item = toPrivacyItem(await pending);
      if (item && privacyItemKind(item, new Set((await members).map((m) => m.Id))) !== 'impostor') {
        throw new DataError('conflict', `Privatlivsvalg ${itemId} er medarbejderens eget eller HR's og slettes ikke`);
      }
      await PrivacyRepository.listOf(this.sp.web).items.getById(itemId).recycle();
    } catch (e) {
      throw toDataError(e);
    }
  }
}
