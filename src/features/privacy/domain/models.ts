import type { IPersonRef } from '../../../shared/domain/models';

/** Privacy choices: per person, category and channel. */
export type ConsentCategory = 'birthday' | 'age' | 'jubilee' | 'newColleague' | 'retirement' | 'photo' | 'portraitText';

/** The intranet, and the external channels LinkedIn and Facebook (opt-in only: default no). */
export type ConsentChannel = 'intranet' | 'linkedIn' | 'facebook';

export const CONSENT_CATEGORIES: readonly ConsentCategory[] = ['birthday', 'age', 'jubilee', 'newColleague', 'retirement', 'photo', 'portraitText'];

export const CONSENT_CHANNELS: readonly ConsentChannel[] = ['intranet', 'linkedIn', 'facebook'];

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
