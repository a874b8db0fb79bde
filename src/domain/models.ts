/**
 * The product's domain models. Pure types: no SharePoint names (those live in src/data/lists.ts),
 * no I/O. Date-only values are plain `YYYY-MM-DD` strings (Europe/Copenhagen calendar dates).
 */

/** A calendar date as `YYYY-MM-DD`, never a timestamp. */
export type IsoDate = string;

export type NavnenytType = 'Fødselsdag' | 'Jubilæum' | 'Ny medarbejder' | 'Pension' | 'Fratrædelse' | 'Mindeord';

export const NAVNENYT_TYPES: readonly NavnenytType[] = ['Fødselsdag', 'Jubilæum', 'Ny medarbejder', 'Pension', 'Fratrædelse', 'Mindeord'];

/** SharePoint's content approval states (`_ModerationStatus`). */
export type ApprovalStatus = 'approved' | 'rejected' | 'pending' | 'draft' | 'scheduled';

export interface IPersonRef {
  /** The site user id (SharePoint `UserInfo` id). */
  readonly id: number;
  readonly name: string;
  readonly email?: string;
}

export interface IImage {
  readonly url: string;
  /** Alternative text; empty string means decorative (the name is adjacent text). */
  readonly alt: string;
}

export interface INavnenytItem {
  readonly id: number;
  readonly type: NavnenytType;
  /** The person's display name (the item title). */
  readonly name: string;
  readonly employee?: IPersonRef;
  readonly eventDate: IsoDate;
  /** Jubilee years or age. */
  readonly years?: number;
  readonly jobTitle?: string;
  readonly workplace?: string;
  readonly area?: string;
  readonly message?: string;
  readonly photo?: IImage;
  readonly showFrom?: IsoDate;
  readonly showUntil?: IsoDate;
  readonly consentConfirmed: boolean;
  readonly approval: ApprovalStatus;
  readonly approvalComment?: string;
  /** Opaque version tag for optimistic concurrency (SharePoint ETag). */
  readonly etag?: string;
}

export type StoryTheme =
  | 'Bosætning'
  | 'Erhverv og jobmuligheder'
  | 'Bolig- og erhvervsgrunde'
  | 'Partnerskaber og samarbejder'
  | 'Destinationer'
  | 'Infrastruktur'
  | 'Fastholdelse, uddannelse og rekruttering'
  | 'Klima og miljø'
  | 'Hverdag og arbejdsliv';

export const STORY_THEMES: readonly StoryTheme[] = [
  'Bosætning',
  'Erhverv og jobmuligheder',
  'Bolig- og erhvervsgrunde',
  'Partnerskaber og samarbejder',
  'Destinationer',
  'Infrastruktur',
  'Fastholdelse, uddannelse og rekruttering',
  'Klima og miljø',
  'Hverdag og arbejdsliv',
];

export interface IStory {
  readonly id: number;
  readonly title: string;
  readonly teaser: string;
  /** Rich text (HTML) as stored in SharePoint. */
  readonly body: string;
  readonly heroImage?: IImage;
  readonly theme?: StoryTheme;
  readonly area?: string;
  readonly place?: string;
  readonly publishDate?: IsoDate;
  readonly featured: boolean;
  readonly people: readonly IPersonRef[];
}

export type Profession =
  | 'Social- og sundhedsassistent'
  | 'Social- og sundhedshjælper'
  | 'Pædagog'
  | 'Pædagogmedhjælper'
  | 'Lærer'
  | 'Socialrådgiver'
  | 'Sygeplejerske'
  | 'Ergoterapeut'
  | 'Fysioterapeut';

export const PROFESSIONS: readonly Profession[] = [
  'Social- og sundhedsassistent',
  'Social- og sundhedshjælper',
  'Pædagog',
  'Pædagogmedhjælper',
  'Lærer',
  'Socialrådgiver',
  'Sygeplejerske',
  'Ergoterapeut',
  'Fysioterapeut',
];

export type LinkedInStatus = 'Ikke delt' | 'Klar til deling' | 'Delt' | 'Skal fjernes';

export const LINKEDIN_STATUSES: readonly LinkedInStatus[] = ['Ikke delt', 'Klar til deling', 'Delt', 'Skal fjernes'];

export interface IPortrait {
  readonly id: number;
  /** The person's display name (the item title). */
  readonly name: string;
  readonly employee?: IPersonRef;
  readonly profession?: Profession;
  readonly jobTitle?: string;
  readonly workplace?: string;
  readonly area?: string;
  readonly quote?: string;
  readonly story?: string;
  readonly photo?: IImage;
  readonly linkedInStatus: LinkedInStatus;
  readonly linkedInText?: string;
  readonly linkedInPostUrl?: string;
  /** ISO timestamp. */
  readonly sharedAt?: string;
  readonly jobAdvertUrl?: string;
}

export type ConsentCategory = 'birthday' | 'age' | 'jubilee' | 'newColleague' | 'retirement' | 'photo' | 'portraitText';
export type ConsentChannel = 'intranet' | 'linkedIn';

export const CONSENT_CATEGORIES: readonly ConsentCategory[] = ['birthday', 'age', 'jubilee', 'newColleague', 'retirement', 'photo', 'portraitText'];
export const CONSENT_CHANNELS: readonly ConsentChannel[] = ['intranet', 'linkedIn'];

export type ConsentMatrix = Readonly<Record<ConsentChannel, Readonly<Record<ConsentCategory, boolean>>>>;

/** A person's choices in force, as `resolveChoices` (consentOwnership.ts) decided them from the list's items. */
export interface IPrivacyChoices {
  readonly id?: number;
  readonly employee: IPersonRef;
  readonly choices: ConsentMatrix;
  readonly consentTextVersion?: string;
  /** Who set them, from the item's author (never from the free "registered by" field): the person, or HR for them. */
  readonly registeredBy: 'Selvbetjening' | 'HR';
  readonly etag?: string;
}
