/**
 * Every SharePoint list title and internal field name the product uses, in one place.
 * `sharepoint/assets/*.xml` is the source of truth of the data model; test/data/listsSchema.test.ts
 * fails when a name or type here differs from the XML.
 */

export type FieldType =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Boolean'
  | 'DateOnly'
  | 'DateTime'
  | 'Choice'
  | 'User'
  | 'UserMulti'
  | 'URL';

export interface IFieldDef {
  readonly name: string;
  readonly type: FieldType;
}

const field = <N extends string>(name: N, type: FieldType): { readonly name: N; readonly type: FieldType } => ({ name, type });

/** Built-in fields every list has. */
export const BuiltIn = {
  Id: field('Id', 'Number'),
  Title: field('Title', 'Text'),
  Created: field('Created', 'DateTime'),
  Modified: field('Modified', 'DateTime'),
  AuthorId: field('AuthorId', 'Number'),
  /** Who created the item: set by SharePoint, the only thing that says whose privacy choices an item may hold. */
  Author: field('Author', 'User'),
  ModerationStatus: field('OData__ModerationStatus', 'Number'),
  ModerationComments: field('OData__ModerationComments', 'Note'),
} as const;

/** Everyone reads Navnenyt: only what the reader needs, never the payroll employee number. */
export const NavnenytFields = {
  Employee: field('MnEmployee', 'User'),
  EventType: field('MnEventType', 'Choice'),
  EventDate: field('MnEventDate', 'DateOnly'),
  Years: field('MnYears', 'Number'),
  JobTitle: field('MnJobTitle', 'Text'),
  Workplace: field('MnWorkplace', 'Text'),
  Area: field('MnArea', 'Text'),
  Message: field('MnMessage', 'Note'),
  Photo: field('MnPhoto', 'URL'),
  PhotoAlt: field('MnPhotoAlt', 'Text'),
  ShowFrom: field('MnShowFrom', 'DateOnly'),
  ShowUntil: field('MnShowUntil', 'DateOnly'),
  ConsentConfirmed: field('MnConsentConfirmed', 'Boolean'),
} as const;

/**
 * A story is a news page in the site's pages library (*Webstedssider*, `SitePages`) with the content type
 * *Medarbejderhistorie*: SharePoint's own page columns and the product's site columns.
 */
export const StoryPageFields = {
  Description: field('Description', 'Note'),
  Banner: field('BannerImageUrl', 'URL'),
  BannerAlt: field('MnBannerAlt', 'Text'),
  Theme: field('MnTheme', 'Choice'),
  Area: field('MnArea', 'Text'),
  Place: field('MnPlace', 'Text'),
  Featured: field('MnFeatured', 'Boolean'),
  People: field('MnPeople', 'UserMulti'),
  FirstPublished: field('FirstPublishedDate', 'DateTime'),
  PromotedState: field('PromotedState', 'Number'),
  FileRef: field('FileRef', 'Text'),
} as const;

/** `PromotedState` of a published news page. */
export const PROMOTED_NEWS = 2;

export const PortraitFields = {
  Employee: field('MnEmployee', 'User'),
  Profession: field('MnProfession', 'Choice'),
  JobTitle: field('MnJobTitle', 'Text'),
  Workplace: field('MnWorkplace', 'Text'),
  Area: field('MnArea', 'Text'),
  Quote: field('MnQuote', 'Note'),
  Story: field('MnStory', 'Note'),
  Photo: field('MnPhoto', 'URL'),
  PhotoAlt: field('MnPhotoAlt', 'Text'),
  LinkedInStatus: field('MnLinkedInStatus', 'Choice'),
  LinkedInText: field('MnLinkedInText', 'Note'),
  LinkedInPostUrl: field('MnLinkedInPostUrl', 'URL'),
  SharedDate: field('MnSharedDate', 'DateTime'),
  JobAdvertUrl: field('MnJobAdvertUrl', 'URL'),
  FocusX: field('MnFocusX', 'Number'),
  FocusY: field('MnFocusY', 'Number'),
  LinkedInRemovedDate: field('MnLinkedInRemovedDate', 'DateTime'),
  FacebookStatus: field('MnFacebookStatus', 'Choice'),
  FacebookText: field('MnFacebookText', 'Note'),
  FacebookPostUrl: field('MnFacebookPostUrl', 'URL'),
  FacebookSharedDate: field('MnFacebookSharedDate', 'DateTime'),
  FacebookRemovedDate: field('MnFacebookRemovedDate', 'DateTime'),
} as const;

/** Everyone reads Privatlivsvalg: the person field and the choices, never the payroll employee number. */
export const PrivacyFields = {
  Employee: field('MnEmployee', 'User'),
  IntranetBirthday: field('MnIntranetBirthday', 'Boolean'),
  IntranetAge: field('MnIntranetAge', 'Boolean'),
  IntranetJubilee: field('MnIntranetJubilee', 'Boolean'),
  IntranetNewColleague: field('MnIntranetNewColleague', 'Boolean'),
  IntranetRetirement: field('MnIntranetRetirement', 'Boolean'),
  IntranetPhoto: field('MnIntranetPhoto', 'Boolean'),
  IntranetPortraitText: field('MnIntranetPortraitText', 'Boolean'),
  LinkedInBirthday: field('MnLinkedInBirthday', 'Boolean'),
  LinkedInAge: field('MnLinkedInAge', 'Boolean'),
  LinkedInJubilee: field('MnLinkedInJubilee', 'Boolean'),
  LinkedInNewColleague: field('MnLinkedInNewColleague', 'Boolean'),
  LinkedInRetirement: field('MnLinkedInRetirement', 'Boolean'),
  LinkedInPhoto: field('MnLinkedInPhoto', 'Boolean'),
  LinkedInPortraitText: field('MnLinkedInPortraitText', 'Boolean'),
  FacebookBirthday: field('MnFacebookBirthday', 'Boolean'),
  FacebookAge: field('MnFacebookAge', 'Boolean'),
  FacebookJubilee: field('MnFacebookJubilee', 'Boolean'),
  FacebookNewColleague: field('MnFacebookNewColleague', 'Boolean'),
  FacebookRetirement: field('MnFacebookRetirement', 'Boolean'),
  FacebookPhoto: field('MnFacebookPhoto', 'Boolean'),
  FacebookPortraitText: field('MnFacebookPortraitText', 'Boolean'),
  ConsentTextVersion: field('MnConsentTextVersion', 'Text'),
  RegisteredBy: field('MnRegisteredBy', 'Choice'),
} as const;

export const EmployeeFields = {
  EmployeeNumber: field('MnEmployeeNumber', 'Text'),
  Email: field('MnEmail', 'Text'),
  BirthDate: field('MnBirthDate', 'DateOnly'),
  SeniorityDate: field('MnSeniorityDate', 'DateOnly'),
  StartDate: field('MnStartDate', 'DateOnly'),
  EndDate: field('MnEndDate', 'DateOnly'),
  JobTitle: field('MnJobTitle', 'Text'),
  Workplace: field('MnWorkplace', 'Text'),
  Area: field('MnArea', 'Text'),
} as const;

/** HR's import log (Indlæs medarbejderdata): one item per load, its author and time SharePoint's own. */
export const ImportLogFields = {
  Status: field('MnImportStatus', 'Choice'),
  Key: field('MnImportKey', 'Text'),
  Total: field('MnImportTotal', 'Number'),
  Done: field('MnImportDone', 'Number'),
  New: field('MnImportNew', 'Number'),
  Changed: field('MnImportChanged', 'Number'),
  Leaving: field('MnImportLeaving', 'Number'),
  Errors: field('MnImportErrors', 'Number'),
  Summary: field('MnImportSummary', 'Note'),
} as const;

export interface IListDef {
  readonly title: string;
  readonly url: string;
  readonly fields: Readonly<Record<string, IFieldDef>>;
}

export const Lists = {
  Navnenyt: { title: 'Navnenyt', url: 'Lists/Navnenyt', fields: NavnenytFields },
  Portraits: { title: 'Medarbejderportrætter', url: 'Lists/Medarbejderportraetter', fields: PortraitFields },
  Privacy: { title: 'Privatlivsvalg', url: 'Lists/Privatlivsvalg', fields: PrivacyFields },
  Employees: { title: 'Medarbejdere', url: 'Lists/Medarbejdere', fields: EmployeeFields },
  ImportLog: { title: 'Medarbejderindlæsninger', url: 'Lists/Medarbejderindlaesninger', fields: ImportLogFields },
} as const;

export type ListKey = keyof typeof Lists;

/** SharePoint's own libraries the product reads, by URL (their titles follow the site's language). */
export const Libraries = {
  SitePages: { url: 'SitePages' },
} as const;

/**
 * SharePoint groups the product asks about. HR's members may register privacy choices on a person's behalf: every
 * reader reads the group's members, so its membership must be visible to everyone ("Who can view the membership of
 * the group?" = Everyone).
 */
export const Groups = {
  HR: 'HR',
} as const;
