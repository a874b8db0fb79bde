import { BuiltIn, PortraitFields as F } from '../../../shared/data/lists';
import { etagOf, image, link, num, person, personSelect, text } from '../../../shared/data/rows';
import type { Row } from '../../../shared/data/rows';
import { PROFESSIONS, SHARE_STATUSES } from '../domain/models';
import type { IChannelShare, IFocalPoint, IPortrait, PortraitChannel, ShareStatus } from '../domain/models';

/** The fields of one channel's share: status, text, post, shared and removed dates. */
export const CHANNEL_FIELDS: Readonly<Record<PortraitChannel, { status: string; text: string; postUrl: string; sharedAt: string; removedAt: string }>> = {
  linkedIn: {
    status: F.LinkedInStatus.name,
    text: F.LinkedInText.name,
    postUrl: F.LinkedInPostUrl.name,
    sharedAt: F.SharedDate.name,
    removedAt: F.LinkedInRemovedDate.name,
  },
  facebook: {
    status: F.FacebookStatus.name,
    text: F.FacebookText.name,
    postUrl: F.FacebookPostUrl.name,
    sharedAt: F.FacebookSharedDate.name,
    removedAt: F.FacebookRemovedDate.name,
  },
};

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
  F.JobAdvertUrl.name,
  F.FocusX.name,
  F.FocusY.name,
  ...Object.values(CHANNEL_FIELDS).flatMap((c) => [c.status, c.text, c.postUrl, c.sharedAt, c.removedAt]),
];

/** SharePoint's choice values of MnLinkedInStatus and MnFacebookStatus (sharepoint/assets): the only place they meet the code's keys. */
export const SHARE_STATUS_CHOICES: Readonly<Record<ShareStatus, string>> = {
  notShared: 'Ikke delt',
  readyToShare: 'Klar til deling',
  shared: 'Delt',
  toRemove: 'Skal fjernes',
  removed: 'Fjernet',
};

/** The stored choice value as a status; a value the list does not offer counts as not shared. */
export function shareStatusFromChoice(value: string | undefined): ShareStatus {
  return SHARE_STATUSES.find((s) => SHARE_STATUS_CHOICES[s] === value) ?? 'notShared';
}

/** The choice value SharePoint stores for a status. */
export function shareStatusChoice(status: ShareStatus): string {
  return SHARE_STATUS_CHOICES[status];
}

/** LinkedIn's names for the same mapping (the demo seed and the schema test use them). */
export const linkedInStatusFromChoice = shareStatusFromChoice;
export const linkedInStatusChoice = shareStatusChoice;

function fraction(row: Row, name: string): number | undefined {
  const v = num(row, name);
  return v !== undefined && v >= 0 && v <= 1 ? v : undefined;
}

function focusOf(row: Row): IFocalPoint | undefined {
  const x = fraction(row, F.FocusX.name);
  const y = fraction(row, F.FocusY.name);
  return x !== undefined && y !== undefined ? { x, y } : undefined;
}

/** One channel's share as stored; its post URL passes the URL rule against the site the list lives on. */
export function channelShareOf(row: Row, channel: PortraitChannel, siteUrl: string): IChannelShare {
  const f = CHANNEL_FIELDS[channel];
  return {
    status: shareStatusFromChoice(text(row, f.status)),
    text: text(row, f.text),
    postUrl: link(row, f.postUrl, siteUrl),
    sharedAt: text(row, f.sharedAt),
    removedAt: text(row, f.removedAt),
  };
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
    focus: focusOf(row),
    channels: { linkedIn: channelShareOf(row, 'linkedIn', siteUrl), facebook: channelShareOf(row, 'facebook', siteUrl) },
    jobAdvertUrl: link(row, F.JobAdvertUrl.name, siteUrl),
    etag: etagOf(row),
  };
}
