import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { compareIsoDates } from '../../../shared/domain/dates';
import { toDataError } from '../../../shared/data/errors';
import { Libraries, PROMOTED_NEWS, StoryPageFields as F } from '../../../shared/data/lists';
import { odataString } from '../../../shared/data/odata';
import type { Row } from '../../../shared/data/rows';
import type { IStoryQuery, IStoryRepository } from './IStoryRepository';
import { STORY_SELECT, toStory } from './storyMapping';
import type { IStory } from '../domain/models';

/** Stories are the news pages in the site's pages library (one request; newest first). */
export class StoryRepository implements IStoryRepository {
  public constructor(
    private readonly sp: SPFI,
    /** The absolute URL of the site with the pages: banners must come from it (src/shared/domain/urls.ts). */
    private readonly siteUrl: string,
  ) {}

  public async getStories(query: IStoryQuery): Promise<readonly IStory[]> {
    const clauses = [`${F.PromotedState.name} eq ${PROMOTED_NEWS}`];
    if (query.theme) clauses.push(`${F.Theme.name} eq ${odataString(query.theme)}`);
    if (query.area) clauses.push(`${F.Area.name} eq ${odataString(query.area)}`);
    const top = query.top ?? 12;
    try {
      const rows = await this.sp.web
        .getList(`${new URL(this.siteUrl).pathname.replace(/\/$/, '')}/${Libraries.SitePages.url}`)
        .items.select(...STORY_SELECT)
        .expand(F.People.name)
        .filter(clauses.join(' and '))
        .orderBy(F.FirstPublished.name, false)
        .top(top + 20)<Row[]>();
      // A page published after the business day (a day fixed in the past) is not out yet.
      return rows
        .map((row) => toStory(row, this.siteUrl))
        .filter((s): s is IStory => s !== undefined && (s.publishDate === undefined || compareIsoDates(s.publishDate, query.today) <= 0))
        .slice(0, top);
    } catch (e) {
      throw toDataError(e);
    }
  }
}
