import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { toSharePointDate } from '../../domain/dates';
import type { IStory } from '../../domain/models';
import { toDataError } from '../errors';
import { Lists, StoryFields as F } from '../lists';
import { odataDateTime, odataString } from '../odata';
import type { Row } from '../rows';
import type { IStoryQuery, IStoryRepository } from './IStoryRepository';
import { STORY_SELECT, toStory } from './storyMapping';

export class StoryRepository implements IStoryRepository {
  public constructor(
    private readonly sp: SPFI,
    /** The absolute URL of the site with the list: photos must come from it (src/domain/urls.ts). */
    private readonly siteUrl: string,
  ) {}

  public async getStories(query: IStoryQuery): Promise<readonly IStory[]> {
    const clauses = [`${F.PublishDate.name} le ${odataDateTime(toSharePointDate(query.today))}`];
    if (query.theme) clauses.push(`${F.Theme.name} eq ${odataString(query.theme)}`);
    if (query.area) clauses.push(`${F.Area.name} eq ${odataString(query.area)}`);
    try {
      const rows = await this.sp.web.lists
        .getByTitle(Lists.Stories.title)
        .items.select(...STORY_SELECT)
        .expand(F.People.name)
        .filter(clauses.join(' and '))
        .orderBy(F.PublishDate.name, false)
        .top(query.top ?? 12)<Row[]>();
      return rows.map((row) => toStory(row, this.siteUrl)).filter((s): s is IStory => s !== undefined);
    } catch (e) {
      throw toDataError(e);
    }
  }
}
