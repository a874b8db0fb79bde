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
