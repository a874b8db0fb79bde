import { STORY_THEMES } from '../../domain/models';
import type { IStory, StoryTheme } from '../../domain/models';
import { BuiltIn, StoryFields as F } from '../lists';
import { bool, dateOnly, image, num, people, personSelect, text } from '../rows';
import type { Row } from '../rows';

export const STORY_SELECT: readonly string[] = [
  BuiltIn.Id.name,
  BuiltIn.Title.name,
  F.Teaser.name,
  F.Body.name,
  F.Photo.name,
  F.PhotoAlt.name,
  F.Theme.name,
  F.Area.name,
  F.Place.name,
  F.PublishDate.name,
  F.Featured.name,
  ...personSelect(F.People.name),
];

function themeOf(value: string | undefined): StoryTheme | undefined {
  return STORY_THEMES.find((t) => t === value);
}

/** A list item as a story; its photo passes the URL rule against the site the list lives on. */
export function toStory(row: Row, siteUrl: string): IStory | undefined {
  const id = num(row, BuiltIn.Id.name);
  const title = text(row, BuiltIn.Title.name);
  if (id === undefined || !title) return undefined;
  return {
    id,
    title,
    teaser: text(row, F.Teaser.name) ?? '',
    body: text(row, F.Body.name) ?? '',
    heroImage: image(row, F.Photo.name, F.PhotoAlt.name, siteUrl),
    theme: themeOf(text(row, F.Theme.name)),
    area: text(row, F.Area.name),
    place: text(row, F.Place.name),
    publishDate: dateOnly(row, F.PublishDate.name),
    featured: bool(row, F.Featured.name),
    people: people(row, F.People.name),
  };
}
