/**
 * Indblik's reads. Stories, portraits and people's choices come through their features' own readers; name news are
 * read here, because Indblik needs what no reader asks for (when HR submitted and when the item was approved) over a
 * whole period of a list that may hold 100,000 items:
 * - each request filters on the indexed event date (MnEventDate) in a window, orders by ID and takes at most 5,000
 *   rows; a full page is followed by the next (`ID gt` the last), so no request scans more than the threshold allows;
 * - a window that SharePoint still refuses (more than 5,000 matches on SharePoint Online) is halved and asked again.
 * Only counts leave: the choices lose whose they are before they are handed on.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { addDays, compareIsoDates, daysBetween, toSharePointDate } from '../../../shared/domain/dates';
import { toDataError } from '../../../shared/data/errors';
import { BuiltIn, Lists, NavnenytFields as F } from '../../../shared/data/lists';
import { odataDateTime, odataNumber } from '../../../shared/data/odata';
import type { Row } from '../../../shared/data/rows';
import { siteTimeZone } from '../../../shared/data/siteTimeZone';
import type { INameNewsFact, IPeriod, IPortraitFact, IStoryFact } from '../domain/models';
import { windowsOf } from '../domain/period';
import type { IInsightsData, IInsightsRepository, IInsightsSources } from './IInsightsRepository';

/** SharePoint's most rows per request, and the list-view threshold of SharePoint Online. */
export const PAGE = 5000;
/** Days per name-news window: a month at a time. */
export const WINDOW_DAYS = 31;
/** Site users per call of the choices reader (it asks 40 per request, at most 100 requests in one batch). */
const PEOPLE_PER_CALL = 3000;
/** The most stories and portraits asked for (the stories' reader asks 20 more than this; 5,000 is SharePoint's most). */
const TOP = 4900;

const NAME_NEWS_SELECT = [BuiltIn.Id.name, BuiltIn.Title.name, F.EventType.name, F.EventDate.name, BuiltIn.ModerationStatus.name, BuiltIn.Created.name, BuiltIn.Modified.name];

interface ISiteUserRow {
  Id: number;
  Email?: string;
  PrincipalType?: number;
}

/** SharePoint refused the query for the list-view threshold (500 SPQueryThrottledException). */
function isThresholdError(e: unknown): boolean {
  return /SPQueryThrottledException|list view threshold/i.test(e instanceof Error ? e.message : String(e));
}

export class InsightsRepository implements IInsightsRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly sources: IInsightsSources,
    /** The absolute URL of the site with the lists. */
    private readonly siteUrl: string,
    /** Rows per name-news request (SharePoint's most; smaller in tests, to show the paging). */
    private readonly pageSize: number = PAGE,
  ) {}

  public async load(period: IPeriod): Promise<IInsightsData> {
    try {
      const [stories, nameNews, portraits, people] = await Promise.all([this.stories(period), this.nameNews(period), this.portraits(), this.people()]);
      return { stories, nameNews, portraits, ...people };
    } catch (e) {
      throw toDataError(e);
    }
  }

  private async stories(period: IPeriod): Promise<IStoryFact[]> {
    const stories = await this.sources.stories.getStories({ today: period.to, top: TOP });
    return stories.map((s) => ({ theme: s.theme, area: s.area, place: s.place, publishDate: s.publishDate }));
  }

  private async portraits(): Promise<IPortraitFact[]> {
    const { portraits } = await this.sources.portraits.getPortraits({ top: TOP });
    return portraits.map((p) => ({ profession: p.profession, status: { linkedIn: p.channels.linkedIn.status, facebook: p.channels.facebook.status } }));
  }

  private async nameNews(period: IPeriod): Promise<INameNewsFact[]> {
    const zone = await siteTimeZone(this.sp);
    const out: INameNewsFact[] = [];
    for (const w of windowsOf(period, WINDOW_DAYS)) out.push(...(await this.window(w, zone)));
    return out;
  }

  /** One window of event dates, page by page; halved when SharePoint refuses it for the threshold. */
  private async window(w: IPeriod, zone: string): Promise<INameNewsFact[]> {
    const out: INameNewsFact[] = [];
    const dates = `${F.EventDate.name} ge ${odataDateTime(toSharePointDate(w.from, zone))} and ${F.EventDate.name} lt ${odataDateTime(toSharePointDate(addDays(w.to, 1), zone))}`;
    let last = 0;
    for (;;) {
      let rows: Row[];
      try {
        rows = await this.sp.web.lists
          .getByTitle(Lists.Navnenyt.title)
          .items.select(...NAME_NEWS_SELECT)
          .filter(last > 0 ? `${dates} and ${BuiltIn.Id.name} gt ${odataNumber(last)}` : dates)
          .orderBy(BuiltIn.Id.name, true)
          .top(this.pageSize)<Row[]>();
      } catch (e) {
        const days = daysBetween(w.from, w.to) + 1;
        if (!isThresholdError(e) || days < 2 || last > 0) throw e;
        const mid = addDays(w.from, Math.floor(days / 2) - 1);
        return [...(await this.window({ from: w.from, to: mid }, zone)), ...(await this.window({ from: addDays(mid, 1), to: w.to }, zone))];
      }
      for (const row of rows) {
        const item = this.sources.toNameNews(row, this.siteUrl, zone);
        if (!item || compareIsoDates(item.eventDate, w.from) < 0 || compareIsoDates(item.eventDate, w.to) > 0) continue;
        const created = row[BuiltIn.Created.name];
        const modified = row[BuiltIn.Modified.name];
        out.push({
          type: item.type,
          eventDate: item.eventDate,
          approval: item.approval,
          submitted: typeof created === 'string' ? created : undefined,
          // An item an approver added is approved at once (Modified = Created): no submission waited for approval.
          approved: item.approval === 'approved' && typeof modified === 'string' && modified !== created ? modified : undefined,
        });
      }
      if (rows.length < this.pageSize) return out;
      last = Number(rows[rows.length - 1][BuiltIn.Id.name]);
    }
  }

  /** The site's persons and the choices in force of those who have saved any. */
  private async people(): Promise<{ siteUsers: number; choices: IInsightsData['choices'] }> {
    const users = await this.sp.web.siteUsers.select('Id', 'Email', 'PrincipalType')<ISiteUserRow[]>();
    const ids = users.filter((u) => u.PrincipalType === 1 && !!u.Email).map((u) => u.Id);
    const choices: IInsightsData['choices'][number][] = [];
    for (let i = 0; i < ids.length; i += PEOPLE_PER_CALL) {
      const part = ids.slice(i, i + PEOPLE_PER_CALL);
      const found = await this.sources.readChoices(part);
      for (const c of found.values()) choices.push(c.choices);
    }
    return { siteUsers: ids.length, choices };
  }
}
