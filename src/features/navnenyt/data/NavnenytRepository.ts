import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { addDays, compareIsoDates, toSharePointDate } from '../../../shared/domain/dates';
import { toDataError } from '../../../shared/data/errors';
import { Lists, NavnenytFields as F } from '../../../shared/data/lists';
import { odataDateTime, odataString } from '../../../shared/data/odata';
import { siteTimeZone } from '../../../shared/data/siteTimeZone';
import { pageMemory, peopleIn, readAlongside } from '../../privacy';
import type { IPeopleMemory, IPrivacyRepository } from '../../privacy';
import type { Row } from '../../../shared/data/rows';
import type { INavnenytFeed, INavnenytQuery, INavnenytRepository } from './INavnenytRepository';
import { NAVNENYT_SELECT, toNavnenytItem } from './navnenytMapping';
import type { INavnenytItem } from '../domain/models';

// SharePoint answers at most 5,000 rows a request; a reader's window holds far fewer in a municipality of 3,000.
const DEFAULT_TOP = 5000;
/**
 * The feed also reads this far beyond its window, to remember who comes into it in the next days (their choices are
 * then asked for alongside the list on those days); those items are not handed on.
 */
const LOOKAHEAD_DAYS = 7;

export class NavnenytRepository implements INavnenytRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly privacy: IPrivacyRepository,
    /** The absolute URL of the site with the list: photos must come from it (src/shared/domain/urls.ts). */
    private readonly siteUrl: string,
    /** The people the feed named last time, whose choices are asked for while the feed is read (a device's memory in a web part). */
    private readonly memory: IPeopleMemory = pageMemory(),
  ) {}

  public async getFeed(query: INavnenytQuery): Promise<INavnenytFeed> {
    const key = `navnenyt|${query.area ?? ''}`;
    const inWindow = (items: readonly INavnenytItem[]): INavnenytItem[] => items.filter((i) => compareIsoDates(i.eventDate, query.to) <= 0);
    const { value, choices } = await readAlongside(
      (ids) => this.privacy.getChoicesFor(ids),
      this.memory,
      key,
      () => this.getItems({ ...query, to: addDays(query.to, LOOKAHEAD_DAYS) }),
      (found) => peopleIn(inWindow(found)),
      peopleIn,
    );
    return { items: inWindow(value), choices };
  }

  public async getItems(query: INavnenytQuery): Promise<readonly INavnenytItem[]> {
    // Date-only values are midnight in the site's time zone: the window's ends are too.
    const zone = await siteTimeZone(this.sp);
    // The event date is indexed and comes first, so the query stays under the list-view threshold.
    const clauses = [
      `${F.EventDate.name} ge ${odataDateTime(toSharePointDate(query.from, zone))}`,
      `${F.EventDate.name} le ${odataDateTime(toSharePointDate(query.to, zone))}`,
    ];
    if (query.area) clauses.push(`${F.Area.name} eq ${odataString(query.area)}`);
    try {
      const rows = await this.sp.web.lists
        .getByTitle(Lists.Navnenyt.title)
        .items.select(...NAVNENYT_SELECT)
        .expand(F.Employee.name)
        .filter(clauses.join(' and '))
        .orderBy(F.EventDate.name, true)
        .top(query.top ?? DEFAULT_TOP)<Row[]>();
      return rows.map((row) => toNavnenytItem(row, this.siteUrl, zone)).filter((i): i is INavnenytItem => i !== undefined);
    } catch (e) {
      throw toDataError(e);
    }
  }
}
