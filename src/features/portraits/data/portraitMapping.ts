import { BuiltIn, PortraitFields as F } from '../../../shared/data/lists';
import { image, link, num, person, personSelect, text } from '../../../shared/data/rows';
import type { Row } from '../../../shared/data/rows';
import { LINKEDIN_STATUSES, PROFESSIONS } from '../domain/models';
import type { IPortrait, LinkedInStatus } from '../domain/models';

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

/** SharePoint's choice values of MnLinkedInStatus (sharepoint/assets): the only place they meet the code's keys. */
export const LINKEDIN_STATUS_CHOICES: Readonly<Record<LinkedInStatus, string>> = {
  notShared: 'Ikke delt',
  readyToShare: 'Klar til deling',
  shared: 'Delt',
  toRemove: 'Skal fjernes',
};

/** The stored choice value as a status; a value the list does not offer counts as not shared. */
export function linkedInStatusFromChoice(value: string | undefined): LinkedInStatus {
  return LINKEDIN_STATUSES.find((s) => LINKEDIN_STATUS_CHOICES[s] === value) ?? 'notShared';
}

/** The choice value SharePoint stores for a status. */
export function linkedInStatusChoice(status: LinkedInStatus): string {
  return LINKEDIN_STATUS_CHOICES[status];
}

/** A list item as a portrait; its photo and links pass the URL rule against the site the list lives on. */
export function toPortrait(row: Row, siteUrl: string): IPortrait | undefined {
  const id = num(row, BuiltIn.Id.name);
  const employee = person(row, F.Employee.name);
  const name = text(row, BuiltIn.Title.name) ?? employee?.name;
  if (id === undefined || !name) return undefined;
  const profession = text(row, F.Profession.name);
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
    linkedInStatus: linkedInStatusFromChoice(text(row, F.LinkedInStatus.name)),
    linkedInText: text(row, F.LinkedInText.name),
    linkedInPostUrl: link(row, F.LinkedInPostUrl.name, siteUrl),
    sharedAt: text(row, F.SharedDate.name),
    jobAdvertUrl: link(row, F.JobAdvertUrl.name, siteUrl),
  };
}
