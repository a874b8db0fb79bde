import { approvalFromCode } from '../../../shared/data/approval';
import { BuiltIn, NavnenytFields as F } from '../../../shared/data/lists';
import { bool, dateOnly, etagOf, image, num, person, personSelect, text } from '../../../shared/data/rows';
import type { Row } from '../../../shared/data/rows';
import { NAVNENYT_TYPES } from '../domain/models';
import type { INavnenytItem, NavnenytType } from '../domain/models';

export const NAVNENYT_SELECT: readonly string[] = [
  BuiltIn.Id.name,
  BuiltIn.Title.name,
  ...personSelect(F.Employee.name),
  F.EventType.name,
  F.EventDate.name,
  F.Years.name,
  F.JobTitle.name,
  F.Workplace.name,
  F.Area.name,
  F.Message.name,
  F.Photo.name,
  F.PhotoAlt.name,
  F.ShowFrom.name,
  F.ShowUntil.name,
  F.ConsentConfirmed.name,
  BuiltIn.ModerationStatus.name,
  BuiltIn.ModerationComments.name,
];

/**
 * SharePoint's choice values of the event type (MnEventType in sharepoint/assets): the only place the code's keys meet
 * the Danish values stored in the list. Display text is in loc, never these.
 */
export const EVENT_TYPE_CHOICES: Readonly<Record<NavnenytType, string>> = {
  birthday: 'Fødselsdag',
  jubilee: 'Jubilæum',
  newColleague: 'Ny medarbejder',
  retirement: 'Pension',
  farewell: 'Fratrædelse',
  memorial: 'Mindeord',
};

/** The stored choice value as a type; undefined for a value the list does not offer. */
export function eventTypeFromChoice(value: string | undefined): NavnenytType | undefined {
  return NAVNENYT_TYPES.find((t) => EVENT_TYPE_CHOICES[t] === value);
}

/** The choice value SharePoint stores for a type. */
export function eventTypeChoice(type: NavnenytType): string {
  return EVENT_TYPE_CHOICES[type];
}

/**
 * A list item as a domain item; undefined when it lacks what every item needs (type and date). The photo passes the URL
 * rule against the site the list lives on; date-only values are midnight in that site's time zone.
 */
export function toNavnenytItem(row: Row, siteUrl: string, siteTimeZone: string): INavnenytItem | undefined {
  const id = num(row, BuiltIn.Id.name);
  const type = eventTypeFromChoice(text(row, F.EventType.name));
  const eventDate = dateOnly(row, F.EventDate.name, siteTimeZone);
  if (id === undefined || !type || !eventDate) return undefined;
  const employee = person(row, F.Employee.name);
  return {
    id,
    type,
    name: text(row, BuiltIn.Title.name) ?? employee?.name ?? '',
    employee,
    eventDate,
    years: num(row, F.Years.name),
    jobTitle: text(row, F.JobTitle.name),
    workplace: text(row, F.Workplace.name),
    area: text(row, F.Area.name),
    message: text(row, F.Message.name),
    photo: image(row, F.Photo.name, F.PhotoAlt.name, siteUrl),
    showFrom: dateOnly(row, F.ShowFrom.name, siteTimeZone),
    showUntil: dateOnly(row, F.ShowUntil.name, siteTimeZone),
    consentConfirmed: bool(row, F.ConsentConfirmed.name),
    approval: approvalFromCode(row[BuiltIn.ModerationStatus.name]),
    approvalComment: text(row, BuiltIn.ModerationComments.name),
    etag: etagOf(row),
  };
}
