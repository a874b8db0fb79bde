import { BuiltIn, PortraitFields as F } from '../../../shared/data/lists';
import { image, link, num, person, personSelect, text } from '../../../shared/data/rows';
import type { Row } from '../../../shared/data/rows';
import { LINKEDIN_STATUSES, PROFESSIONS } from '../domain/models';
import type { IPortrait } from '../domain/models';

export const PORTRAIT_SELECT: readonly string[] = [
  BuiltIn.Id.name,
  BuiltIn.Title.name,
  ...personSelect(F.Employee.name),
  F.Profession.name,
  F.JobTitle.name,
  F.Workplace.name,
  F.Area.name,
  F.Quote.name,
  F.Story.name,
  F.Photo.name,
  F.PhotoAlt.name,
  F.LinkedInStatus.name,
  F.LinkedInText.name,
  F.LinkedInPostUrl.name,
  F.SharedDate.name,
  F.JobAdvertUrl.name,
];

/** A list item as a portrait; its photo and links pass the URL rule against the site the list lives on. */
export function toPortrait(row: Row, siteUrl: string): IPortrait | undefined {
  const id = num(row, BuiltIn.Id.name);
  const employee = person(row, F.Employee.name);
  const name = text(row, BuiltIn.Title.name) ?? employee?.name;
  if (id === undefined || !name) return undefined;
  const profession = text(row, F.Profession.name);
  const status = text(row, F.LinkedInStatus.name);
  return {
    id,
    name,
    employee,
    profession: PROFESSIONS.find((p) => p === profession),
    jobTitle: text(row, F.JobTitle.name),
    workplace: text(row, F.Workplace.name),
    area: text(row, F.Area.name),
    quote: text(row, F.Quote.name),
    story: text(row, F.Story.name),
    photo: image(row, F.Photo.name, F.PhotoAlt.name, siteUrl),
    linkedInStatus: LINKEDIN_STATUSES.find((s) => s === status) ?? 'Ikke delt',
    linkedInText: text(row, F.LinkedInText.name),
    linkedInPostUrl: link(row, F.LinkedInPostUrl.name, siteUrl),
    sharedAt: text(row, F.SharedDate.name),
    jobAdvertUrl: link(row, F.JobAdvertUrl.name, siteUrl),
  };
}
