import type { IsoDate } from '../../../shared/domain/models';
import type { IStoryDraft, IStoryPage } from '../domain/models';

export interface IStoryPageRepository {
  /** A published story's page by its file name in Webstedssider (`naar-frosten-kommer.aspx`); undefined when none. */
  getStoryPage(fileName: string): Promise<IStoryPage | undefined>;
}

export interface IStoryCheckQuery {
  readonly today: IsoDate;
  /** Published stories first published this many days back or later are checked too. */
  readonly publishedDays: number;
}

export interface IStoryCheckRepository {
  /** Communications' view: draft story pages and recently published ones, newest change first. */
  getStoriesForCheck(query: IStoryCheckQuery): Promise<readonly IStoryDraft[]>;
}
