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

/** The priority professions of the recruitment strategy, offered first. */
export const PRIORITY_PROFESSIONS: readonly Profession[] = ['Social- og sundhedsassistent', 'Pædagog', 'Lærer', 'Socialrådgiver'];

/** The external channels a portrait is promoted on. */
export type PortraitChannel = 'linkedIn' | 'facebook';

export const PORTRAIT_CHANNELS: readonly PortraitChannel[] = ['linkedIn', 'facebook'];

/**
 * Where a portrait is on one channel (SharePoint stores Danish choice values; the data layer maps them):
 * Ikke delt → Klar til deling → Delt → Skal fjernes → Fjernet (domain/shareStatus.ts holds the rules).
 */
export type ShareStatus = 'notShared' | 'readyToShare' | 'shared' | 'toRemove' | 'removed';

export const SHARE_STATUSES: readonly ShareStatus[] = ['notShared', 'readyToShare', 'shared', 'toRemove', 'removed'];

/** LinkedIn's status is a share status like any channel's. */
export type LinkedInStatus = ShareStatus;

export const LINKEDIN_STATUSES: readonly LinkedInStatus[] = SHARE_STATUSES;

/** A portrait on one channel: its status, the text prepared for it, the post and its dates (ISO instants). */
export interface IChannelShare {
  readonly status: ShareStatus;
  readonly text?: string;
  readonly postUrl?: string;
  readonly sharedAt?: string;
  readonly removedAt?: string;
}

/** Where on the photo the crops centre, as fractions of its width and height (0–1); the centre by default. */
export interface IFocalPoint {
  readonly x: number;
  readonly y: number;
}

export const CENTRE: IFocalPoint = { x: 0.5, y: 0.5 };

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
  readonly focus?: IFocalPoint;
  readonly channels: Readonly<Record<PortraitChannel, IChannelShare>>;
  readonly jobAdvertUrl?: string;
  /** The list item's ETag, for saving without overwriting someone else's change. */
  readonly etag?: string;
}
