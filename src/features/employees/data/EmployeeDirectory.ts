import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { toDataError } from '../../../shared/data/errors';
import { BuiltIn, EmployeeFields as F, Lists } from '../../../shared/data/lists';
import { odataString } from '../../../shared/data/odata';
import { dateOnly, text } from '../../../shared/data/rows';
import type { Row } from '../../../shared/data/rows';
import { siteTimeZone } from '../../../shared/data/siteTimeZone';
import type { IEmployeeDirectory } from './IEmployeeDirectory';
import type { IPayrollEmployee } from '../domain/models';

const SELECT = [BuiltIn.Id.name, BuiltIn.Title.name, ...Object.values(F).map((f) => f.name)];
const PAGE = 2000;

/** A payroll row; its dates are midnight in the site's time zone (`zone`). */
function toEmployee(row: Row, zone: string): IPayrollEmployee | undefined {
  const employeeNumber = text(row, F.EmployeeNumber.name);
  const name = text(row, BuiltIn.Title.name);
  if (!employeeNumber || !name) return undefined;
  return {
    employeeNumber,
    name,
    email: text(row, F.Email.name),
    jobTitle: text(row, F.JobTitle.name),
    workplace: text(row, F.Workplace.name),
    area: text(row, F.Area.name),
    birthDate: dateOnly(row, F.BirthDate.name, zone),
    seniorityDate: dateOnly(row, F.SeniorityDate.name, zone),
    startDate: dateOnly(row, F.StartDate.name, zone),
    endDate: dateOnly(row, F.EndDate.name, zone),
  };
}

const defined = (e: IPayrollEmployee | undefined): e is IPayrollEmployee => e !== undefined;

interface ISiteUserRow {
  Id: number;
  Title: string;
  Email?: string;
}

export class EmployeeDirectory implements IEmployeeDirectory {
  /** Whether the payroll extract is readable does not change during a page's life: asked once. */
  private readable: Promise<boolean> | undefined;

  public constructor(private readonly sp: SPFI) {}

  /**
   * HR searches the payroll extract (it carries the dates the form fills in); others who may write name news
   * (communications, for memorials) search the site's users by name or e-mail.
   */
  public async search(query: string, top = 10): Promise<readonly IPayrollEmployee[]> {
    const q = query.trim().normalize('NFC');
    if (q.length < 2) return [];
    if (!(await this.canRead())) return this.searchSiteUsers(q, top);
    const zone = await siteTimeZone(this.sp);
    try {
      const rows = await this.sp.web.lists
        .getByTitle(Lists.Employees.title)
        .items.select(...SELECT)
        .filter(`substringof(${odataString(q)}, ${BuiltIn.Title.name}) or startswith(${F.Email.name}, ${odataString(q.toLowerCase())})`)
        .top(top)<Row[]>();
      return rows.map((r) => toEmployee(r, zone)).filter(defined);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public canRead(): Promise<boolean> {
    this.readable ??= this.sp.web.lists
      .filter(`Title eq ${odataString(Lists.Employees.title)}`)
      .select('Id')<unknown[]>()
      .then(
        (found) => found.length > 0,
        (e: unknown) => {
          this.readable = undefined;
          throw toDataError(e);
        },
      );
    return this.readable;
  }

  private async searchSiteUsers(q: string, top: number): Promise<readonly IPayrollEmployee[]> {
    try {
      const users = await this.sp.web.siteUsers
        .filter(`(substringof(${odataString(q)}, Title) or startswith(Email, ${odataString(q.toLowerCase())})) and PrincipalType eq 1`)
        .select('Id', 'Title', 'Email')
        .top(top)<ISiteUserRow[]>();
      // Site users have no employee number or dates: HR's payroll extract is the only source of those.
      return users.filter((u) => u.Email).map((u) => ({ employeeNumber: '', name: u.Title.normalize('NFC'), email: u.Email }));
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async getAll(): Promise<readonly IPayrollEmployee[]> {
    const all: IPayrollEmployee[] = [];
    const zone = await siteTimeZone(this.sp);
    try {
      // Paged by ID: no filter and no sort, so it stays under the list-view threshold at any size.
      for await (const rows of this.sp.web.lists.getByTitle(Lists.Employees.title).items.select(...SELECT).top(PAGE)) {
        all.push(...(rows as Row[]).map((r) => toEmployee(r, zone)).filter(defined));
      }
      return all;
    } catch (e) {
      throw toDataError(e);
    }
  }
}
