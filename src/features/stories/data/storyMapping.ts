import { copenhagenToday } from '../../../shared/domain/dates';
import { BuiltIn, StoryPageFields as F } from '../../../shared/data/lists';
import { bool, image, num, people, personSelect, text } from '../../../shared/data/rows';
import type { Row } from '../../../shared/data/rows';
import { STORY_THEMES } from '../domain/models';
import type { IStory, StoryTheme } from '../domain/models';

export const STORY_SELECT: readonly string[] = [
  BuiltIn.Id.name,
  BuiltIn.Title.name,
  F.Description.name,
  F.Banner.name,
  F.BannerAlt.name,
  F.Theme.name,
  F.Area.name,
  F.Place.name,
  F.FirstPublished.name,
  F.Featured.name,
  F.FileRef.name,
  ...personSelect(F.People.name),
];

function themeOf(value: string | undefined): StoryTheme | undefined {
  return STORY_THEMES.find((t) => t === value);
}

/** The page's address: its server-relative `FileRef` on the site's host. */
function pageUrl(row: Row, siteUrl: string): string | undefined {
  const ref = text(row, F.FileRef.name);
  return ref && ref.startsWith('/') ? new URL(ref, siteUrl).href : undefined;
}

/** A news page as a story; its banner passes the URL rule against the site the pages live on. */
export function toStory(row: Row, siteUrl: string): IStory | undefined {
  const id = num(row, BuiltIn.Id.name);
  const title = text(row, BuiltIn.Title.name);
  if (id === undefined || !title) return undefined;
  const published = text(row, F.FirstPublished.name);
  return {
    id,
    title,
    teaser: text(row, F.Description.name) ?? '',
    url: pageUrl(row, siteUrl),
    heroImage: image(row, F.Banner.name, F.BannerAlt.name, siteUrl),
    theme: themeOf(text(row, F.Theme.name)),
    area: text(row, F.Area.name),
    place: text(row, F.Place.name),
    publishDate: published ? copenhagenToday(new Date(published)) : undefined,
    featured: bool(row, F.Featured.name),
    people: people(row, F.People.name),
  };
}
