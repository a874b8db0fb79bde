import type { IPersonRef, IImage } from '../../../shared/domain/models';

/** Staff portraits and their promotion on LinkedIn. */
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

/** Where a portrait is on LinkedIn (SharePoint stores Danish choice values; the data layer maps them). */
export type LinkedInStatus = 'notShared' | 'readyToShare' | 'shared' | 'toRemove';

export const LINKEDIN_STATUSES: readonly LinkedInStatus[] = ['notShared', 'readyToShare', 'shared', 'toRemove'];

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
