import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import { addDays, compareIsoDates, copenhagenToday } from '../../../shared/domain/dates';
import { toDataError } from '../../../shared/data/errors';
import { BuiltIn, Libraries, PROMOTED_NEWS, StoryPageFields as F } from '../../../shared/data/lists';
import { text } from '../../../shared/data/rows';
import type { Row } from '../../../shared/data/rows';
import type { IStoryCheckQuery, IStoryCheckRepository, IStoryPageRepository } from './IStoryPageRepository';
import { pageParts } from './canvasContent';
import { STORY_SELECT, toStory } from './storyMapping';
import type { IStoryDraft, IStoryPage } from '../domain/models';

/** SharePoint's own Site Page columns (not the product's: they are not in sharepoint/assets). */
const CANVAS = 'CanvasContent1';
const PAGE_SELECT: readonly string[] = [...STORY_SELECT, F.PromotedState.name, CANVAS, BuiltIn.Modified.name, `${BuiltIn.Author.name}/Title`];
/** A news page communications has started but not published (SharePoint's PromotedState 1). */
const NEWS_DRAFT = 1;

/** Story pages with their content: the local front page's story page and communications' check. One request each. */
export class StoryPageRepository implements IStoryPageRepository, IStoryCheckRepository {
  public constructor(
    private readonly sp: SPFI,
    /** The absolute URL of the site with the pages: images must come from it (src/shared/domain/urls.ts). */
    private readonly siteUrl: string,
  ) {}

  private get libraryPath(): string {
    return `${new URL(this.siteUrl).pathname.replace(/\/$/, '')}/${Libraries.SitePages.url}`;
  }

  private items(): ReturnType<ReturnType<SPFI['web']['getList']>['items']['select']> {
    return this.sp.web
      .getList(this.libraryPath)
      .items.select(...PAGE_SELECT)
      .expand(F.People.name, BuiltIn.Author.name);
  }

  private toPage(row: Row): IStoryPage | undefined {
    const story = toStory(row, this.siteUrl);
    if (!story) return undefined;
    const author = (row[BuiltIn.Author.name] as { Title?: unknown } | undefined)?.Title;
    return { story, author: typeof author === 'string' ? author : undefined, parts: pageParts(text(row, CANVAS), this.siteUrl, `${CANVAS} (side ${story.id})`) };
  }

  public async getStoryPage(fileName: string): Promise<IStoryPage | undefined> {
    if (!/^[^/\\?#]+\.aspx$/i.test(fileName)) return undefined;
    try {
      const row = await this.sp.web
        .getFileByServerRelativePath(`${this.libraryPath}/${fileName}`)
        .listItemAllFields.select(...PAGE_SELECT)
        .expand(F.People.name, BuiltIn.Author.name)<Row>();
      return row[F.PromotedState.name] === PROMOTED_NEWS ? this.toPage(row) : undefined;
    } catch (e) {
      const error = toDataError(e);
      if (error.kind === 'notFound') return undefined;
      throw error;
    }
  }

  public async getStoriesForCheck(query: IStoryCheckQuery): Promise<readonly IStoryDraft[]> {
    const since = addDays(query.today, -query.publishedDays);
    try {
      const rows = await this.items()
        .filter(`${F.PromotedState.name} eq ${NEWS_DRAFT} or ${F.PromotedState.name} eq ${PROMOTED_NEWS}`)
        .orderBy(BuiltIn.Modified.name, false)
        .top(100)<Row[]>();
      const drafts: IStoryDraft[] = [];
      for (const row of rows) {
        const page = this.toPage(row);
        if (!page) continue;
        const published = row[F.PromotedState.name] === PROMOTED_NEWS;
        if (published && (page.story.publishDate === undefined || compareIsoDates(page.story.publishDate, since) < 0)) continue;
        const modified = text(row, BuiltIn.Modified.name);
        drafts.push({ page, published, bannerAlt: text(row, F.BannerAlt.name), modified: modified ? copenhagenToday(new Date(modified)) : undefined });
      }
      return drafts;
    } catch (e) {
      throw toDataError(e);
    }
  }
}
