import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { toDataError } from '../../../shared/data/errors';
import { BuiltIn, Libraries, Lists, NavnenytFields, PortraitFields, PROMOTED_NEWS, StoryPageFields } from '../../../shared/data/lists';
import type { IFieldDef } from '../../../shared/data/lists';
import { odataNumber } from '../../../shared/data/odata';
import type { Row } from '../../../shared/data/rows';
import type { IUserRepository } from '../../../shared/data/users/IUserRepository';
import type { IsoDate } from '../../../shared/domain/models';
import type { IPersonalData, IPersonalRecord, StoredValue } from '../domain/personalData';
import type { IPrivacyRepository } from './IPrivacyRepository';

/** SharePoint's most rows per request. */
const PAGE = 5000;

/** Built-in columns every record carries: when it was made and changed. */
const RECORD_COLUMNS = [BuiltIn.Id.name, BuiltIn.Title.name, BuiltIn.Created.name, BuiltIn.Modified.name];

/** The columns of a list as `$select` names: a person column is read by its id (`MnEmployeeId`), not expanded. */
function columns(fields: Readonly<Record<string, IFieldDef>>): string[] {
  return Object.values(fields).map((f) => (f.type === 'User' || f.type === 'UserMulti' ? `${f.name}Id` : f.name));
}

/** A stored value as it can be written down: a link as its address, a list of people as their ids. */
function stored(value: unknown): StoredValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.join(', ');
  const link = value as { Url?: unknown };
  return typeof link.Url === 'string' ? link.Url : JSON.stringify(value);
}

function toRecord(row: Row, names: readonly string[]): IPersonalRecord {
  const values: Record<string, StoredValue> = {};
  for (const name of names) if (name in row) values[name] = stored(row[name]);
  return { id: Number(row[BuiltIn.Id.name]), title: String(row[BuiltIn.Title.name] ?? ''), values };
}

/**
 * Collects *Se alt om mig* for the signed-in person with their own rights: only what SharePoint lets them read
 * (approved name news, portraits and published stories), so nothing here reaches past what they could open in the
 * lists themselves. The payroll extract (Medarbejdere) is HR's and is not read.
 */
export class PersonalDataRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly users: IUserRepository,
    private readonly privacy: IPrivacyRepository,
    /** The absolute URL of the site with the lists and the pages library. */
    private readonly siteUrl: string,
  ) {}

  /** Every item of a list the filter matches, page by page in id order. */
  private async all(list: ReturnType<SPFI['web']['lists']['getByTitle']>, select: readonly string[], filter: string): Promise<Row[]> {
    const rows: Row[] = [];
    let after = 0;
    for (;;) {
      const page = await list.items
        .select(...select)
        .filter(after > 0 ? `(${filter}) and ${BuiltIn.Id.name} gt ${odataNumber(after)}` : filter)
        .orderBy(BuiltIn.Id.name, true)
        .top(PAGE)<Row[]>();
      rows.push(...page);
      if (page.length < PAGE) return rows;
      after = Number(page[page.length - 1][BuiltIn.Id.name]);
    }
  }

  public async collect(today: IsoDate): Promise<IPersonalData> {
    try {
      const person = await this.users.current();
      const me = odataNumber(person.id);
      const web = this.sp.web;
      // Navnenyt has content approval: its state is part of what is stored.
      const navnenytColumns = [...RECORD_COLUMNS, BuiltIn.ModerationStatus.name, ...columns(NavnenytFields)];
      const portraitColumns = [...RECORD_COLUMNS, ...columns(PortraitFields)];
      const storyColumns = [...RECORD_COLUMNS, ...columns(StoryPageFields)];
      const [navnenyt, portraits, pages, { mine: choices, history }] = await Promise.all([
        this.all(web.lists.getByTitle(Lists.Navnenyt.title), navnenytColumns, `${NavnenytFields.Employee.name}Id eq ${me}`),
        this.all(web.lists.getByTitle(Lists.Portraits.title), portraitColumns, `${PortraitFields.Employee.name}Id eq ${me}`),
        // A multi-person column cannot be filtered on: the published stories are few, and read whole.
        this.all(web.getList(`${new URL(this.siteUrl).pathname.replace(/\/$/, '')}/${Libraries.SitePages.url}`), storyColumns, `${StoryPageFields.PromotedState.name} eq ${PROMOTED_NEWS}`),
        this.privacy.getMineWithHistory(),
      ]);
      const peopleOf = (row: Row): unknown[] => (Array.isArray(row[`${StoryPageFields.People.name}Id`]) ? (row[`${StoryPageFields.People.name}Id`] as unknown[]) : []);
      return {
        person,
        made: today,
        choices,
        history,
        items: {
          navnenyt: navnenyt.map((r) => toRecord(r, navnenytColumns)),
          portraits: portraits.map((r) => toRecord(r, portraitColumns)),
          stories: pages.filter((r) => peopleOf(r).includes(person.id)).map((r) => toRecord(r, storyColumns)),
        },
      };
    } catch (e) {
      throw toDataError(e);
    }
  }
}
