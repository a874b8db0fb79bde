/**
 * Turns the generated demo data into REST-shaped list rows (what PnPjs would send), grouped into the admin API's
 * bulk calls. People and images are resolved through the given lookups (site user ids, uploaded file URLs).
 */
import { BuiltIn, EmployeeFields as EF, NavnenytFields as NF, PortraitFields as PF, PrivacyFields as PV } from '../../src/shared/data/lists';
import type { IAddItemsOptions } from '../types';
import { IDemoData } from './generate';
import { ISeedImage } from './images';
import { ConsentCategory } from '../../src/features/privacy/domain/models';
import { eventTypeChoice } from '../../src/features/navnenyt/data/navnenytMapping';
import { linkedInStatusChoice } from '../../src/features/portraits/data/portraitMapping';

export type Row = Record<string, unknown>;

export interface ISeedBatch {
  readonly listTitle: string;
  readonly rows: Row[];
  readonly options: IAddItemsOptions;
}

export interface IResolvers {
  /** Site user id of an e-mail. */
  userId(email: string): number;
  /** URL of an uploaded image. */
  imageUrl(fileName: string): string;
}

export interface ISeedAuthors {
  /** Registers navnenyt and the payroll extract. */
  readonly hr: string;
  /** Writes portraits (and, through seed/pages.ts, the story pages). */
  readonly comms: string;
}

const id = (name: string): string => `${name}Id`;

function image(r: IResolvers, img: ISeedImage | undefined, urlField: string, altField: string): Row {
  if (!img) return {};
  return { [urlField]: { Url: r.imageUrl(img.fileName), Description: img.alt }, [altField]: img.alt };
}

const PRIVACY_FIELDS: readonly (readonly [ConsentCategory, string, string, string])[] = [
  ['birthday', PV.IntranetBirthday.name, PV.LinkedInBirthday.name, PV.FacebookBirthday.name],
  ['age', PV.IntranetAge.name, PV.LinkedInAge.name, PV.FacebookAge.name],
  ['jubilee', PV.IntranetJubilee.name, PV.LinkedInJubilee.name, PV.FacebookJubilee.name],
  ['newColleague', PV.IntranetNewColleague.name, PV.LinkedInNewColleague.name, PV.FacebookNewColleague.name],
  ['retirement', PV.IntranetRetirement.name, PV.LinkedInRetirement.name, PV.FacebookRetirement.name],
  ['photo', PV.IntranetPhoto.name, PV.LinkedInPhoto.name, PV.FacebookPhoto.name],
  ['portraitText', PV.IntranetPortraitText.name, PV.LinkedInPortraitText.name, PV.FacebookPortraitText.name],
];

export function employeeRows(data: IDemoData): Row[] {
  return data.employees.map((e) => {
    const row: Row = {
      [BuiltIn.Title.name]: e.displayName,
      [EF.EmployeeNumber.name]: e.employeeNumber,
      [EF.Email.name]: e.email,
      [EF.BirthDate.name]: e.birthDate,
      [EF.SeniorityDate.name]: e.seniorityDate,
      [EF.StartDate.name]: e.startDate,
      [EF.JobTitle.name]: e.jobTitle,
      [EF.Workplace.name]: e.workplace,
      [EF.Area.name]: e.area,
    };
    if (e.endDate) row[EF.EndDate.name] = e.endDate;
    return row;
  });
}

export function buildBatches(data: IDemoData, r: IResolvers, authors: ISeedAuthors): ISeedBatch[] {
  const batches: ISeedBatch[] = [];
  const person = (index: number): (typeof data.employees)[number] => data.employees[index];

  batches.push({ listTitle: 'Medarbejdere', rows: employeeRows(data), options: { authorEmail: authors.hr } });

  // Privacy choices: the employee is the author of their own item (only the author may edit it); choices HR registered
  // on someone's behalf are created by HR. The product trusts the author, never the "registered by" field.
  for (const p of data.privacy) {
    const e = person(p.employeeIndex);
    const row: Row = {
      [BuiltIn.Title.name]: e.displayName,
      [id(PV.Employee.name)]: r.userId(e.email),
      [PV.ConsentTextVersion.name]: p.consentTextVersion,
      [PV.RegisteredBy.name]: p.registeredBy,
    };
    for (const [category, intranet, linkedIn, facebook] of PRIVACY_FIELDS) {
      row[intranet] = p.choices.intranet[category];
      row[linkedIn] = p.choices.linkedIn[category];
      row[facebook] = p.choices.facebook[category];
    }
    const author = p.registeredBy === 'HR' && authors.hr ? authors.hr : e.email;
    batches.push({ listTitle: 'Privatlivsvalg', rows: [row], options: { authorEmail: author } });
  }

  // Name news, registered by HR: one bulk call per approval state, rejected items with their comment.
  const navnenytRow = (n: IDemoData['navnenyt'][number]): Row => {
    const row: Row = {
      [BuiltIn.Title.name]: n.name,
      [id(NF.Employee.name)]: r.userId(person(n.employeeIndex).email),
      [NF.EventType.name]: eventTypeChoice(n.type),
      [NF.EventDate.name]: n.eventDate,
      [NF.JobTitle.name]: n.jobTitle,
      [NF.Workplace.name]: n.workplace,
      [NF.Area.name]: n.area,
      [NF.Message.name]: n.message,
      [NF.ShowFrom.name]: n.showFrom,
      [NF.ShowUntil.name]: n.showUntil,
      [NF.ConsentConfirmed.name]: n.consentConfirmed,
      ...image(r, n.photo, NF.Photo.name, NF.PhotoAlt.name),
    };
    if (n.years !== undefined) row[NF.Years.name] = n.years;
    return row;
  };
  for (const approval of ['approved', 'pending'] as const) {
    const rows = data.navnenyt.filter((n) => n.approval === approval).map(navnenytRow);
    if (rows.length > 0) batches.push({ listTitle: 'Navnenyt', rows, options: { authorEmail: authors.hr, approval } });
  }
  for (const n of data.navnenyt.filter((x) => x.approval === 'rejected')) {
    batches.push({
      listTitle: 'Navnenyt',
      rows: [navnenytRow(n)],
      options: { authorEmail: authors.hr, approval: 'rejected', approvalComment: n.approvalComment },
    });
  }

  // Stories are news pages, not list rows: seed/pages.ts.

  const portraitRows = data.portraits.map((p): Row => {
    const row: Row = {
      [BuiltIn.Title.name]: p.name,
      [id(PF.Employee.name)]: r.userId(person(p.employeeIndex).email),
      [PF.Profession.name]: p.profession,
      [PF.JobTitle.name]: p.jobTitle,
      [PF.Workplace.name]: p.workplace,
      [PF.Area.name]: p.area,
      [PF.Quote.name]: p.quote,
      [PF.Story.name]: p.story,
      [PF.LinkedInStatus.name]: linkedInStatusChoice(p.linkedInStatus),
      [PF.JobAdvertUrl.name]: { Url: p.jobAdvertUrl, Description: 'Se jobopslaget på norddjurs.dk' },
      ...image(r, p.photo, PF.Photo.name, PF.PhotoAlt.name),
    };
    if (p.linkedInText) row[PF.LinkedInText.name] = p.linkedInText;
    if (p.linkedInPostUrl) row[PF.LinkedInPostUrl.name] = { Url: p.linkedInPostUrl, Description: 'Opslaget på LinkedIn' };
    if (p.sharedAt) row[PF.SharedDate.name] = p.sharedAt;
    if (p.removedAt) row[PF.LinkedInRemovedDate.name] = p.removedAt;
    row[PF.FacebookStatus.name] = linkedInStatusChoice(p.facebookStatus);
    if (p.facebookPostUrl) row[PF.FacebookPostUrl.name] = { Url: p.facebookPostUrl, Description: 'Opslaget på Facebook' };
    if (p.facebookSharedAt) row[PF.FacebookSharedDate.name] = p.facebookSharedAt;
    return row;
  });
  batches.push({ listTitle: 'Medarbejderportrætter', rows: portraitRows, options: { authorEmail: authors.comms } });
  return batches;
}
