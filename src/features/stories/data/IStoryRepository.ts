import type { IsoDate } from '../../../shared/domain/models';
import type { IStory, StoryTheme } from '../domain/models';

export interface IStoryQuery {
  /** Stories published on or before this date. */
  readonly today: IsoDate;
  readonly top?: number;
  readonly theme?: StoryTheme;
  readonly area?: string;
}

export interface IStoryRepository {
  /** Published stories, newest first. */
  getStories(query: IStoryQuery): Promise<readonly IStory[]>;
}
