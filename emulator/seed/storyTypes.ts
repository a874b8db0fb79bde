import { HeroMotif } from './images';
import { AreaName } from './places';
import { StoryTheme } from '../../src/features/stories/domain/models';

export interface IStoryText {
  readonly theme: StoryTheme;
  readonly area: AreaName;
  /** Town or place the story is about. */
  readonly place: string;
  readonly motif: HeroMotif;
  readonly title: string;
  readonly teaser: string;
  /** Paragraphs; may use {navn}, {fornavn}, {stilling}, {arbejdssted} for the first person featured. */
  readonly body: readonly string[];
}

export const story = (
  theme: StoryTheme,
  area: AreaName,
  place: string,
  motif: HeroMotif,
  title: string,
  teaser: string,
  body: readonly string[],
): IStoryText => ({ theme, area, place, motif, title, teaser, body });
