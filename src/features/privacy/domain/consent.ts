/**
 * Consent: what may be shown about a person, decided on every render from their privacy choices.
 *
 * Rules (privacy first):
 * - Each event type needs its own category: birthday → birthday, jubilee → jubilee, newColleague → newColleague,
 *   retirement and farewell → retirement. A memorial (Mindeord) needs no category: it is editor-only and published only with the
 *   relatives' agreement, which the editor records in `consentConfirmed`.
 * - Every item also needs `consentConfirmed` (HR or the editor confirmed the person, or the relatives, agreed to this
 *   mention). Without it nothing shows, whatever the choices say.
 * - The age needs its own `age` yes; a photo needs its own `photo` yes, in the same channel.
 * - External channels (linkedIn, facebook) are opt-in only: without a privacy-choices item everything there is no.
 * - Intranet without a privacy-choices item follows `IntranetDefaultPolicy` (default 'confirmedMention': the mention
 *   HR confirmed on the item may show, but never the age and never the photo, which need the person's own yes).
 * - A privacy-choices item, when present, always decides: an explicit no hides the item even if HR confirmed it.
 */
import type { ConsentCategory, ConsentChannel, ConsentMatrix, IPrivacyChoices } from './models';
import { CONSENT_CATEGORIES } from './models';

/**
 * What the intranet shows about a person who has no privacy-choices item yet.
 * - 'nothing': nothing at all until the person (or HR on their behalf) registers choices;
 * - 'confirmedMention' (default): the mention HR confirmed with `consentConfirmed`; no age, no photo;
 * - 'confirmedMentionAgeAndPhoto': HR's confirmation also covers the age and the photo on the item (HR's submission
 *   stores them only with the person's own yes, so new items of people without choices carry neither).
 */
export type IntranetDefaultPolicy = 'nothing' | 'confirmedMention' | 'confirmedMentionAgeAndPhoto';

export const DEFAULT_INTRANET_POLICY: IntranetDefaultPolicy = 'confirmedMention';

/** A matrix with every category and channel set to no (the default for a new person). */
export function emptyConsentMatrix(): ConsentMatrix {
  const none = Object.fromEntries(CONSENT_CATEGORIES.map((c) => [c, false])) as Record<ConsentCategory, boolean>;
  return { intranet: { ...none }, linkedIn: { ...none }, facebook: { ...none } };
}

/** A copy of the matrix with one choice changed (for the "Mine valg" page). */
export function withChoice(matrix: ConsentMatrix, channel: ConsentChannel, category: ConsentCategory, allowed: boolean): ConsentMatrix {
  return { ...matrix, [channel]: { ...matrix[channel], [category]: allowed } };
}

/** One-click withdrawal: every category set to no in one channel, or in every channel when none is given. */
export function withdrawAll(matrix: ConsentMatrix, channel?: ConsentChannel): ConsentMatrix {
  const none = emptyConsentMatrix();
  return channel === undefined ? none : { ...matrix, [channel]: none[channel] };
}

/** True only for an explicit yes in the person's choices. */
export function isAllowed(choices: IPrivacyChoices | undefined, channel: ConsentChannel, category: ConsentCategory): boolean {
  return choices?.choices[channel]?.[category] === true;
}

/** Finds a person's privacy choices by site user id. */
export interface IChoicesIndex {
  readonly byUserId: ReadonlyMap<number, IPrivacyChoices>;
}

/**
 * Indexes privacy choices once per render (45,000 items: a map lookup per item instead of a scan). The choices must
 * already be resolved (`resolveChoices` in consentOwnership.ts): one per person, forged items left out.
 */
export function indexPrivacyChoices(all: readonly IPrivacyChoices[]): IChoicesIndex {
  return { byUserId: new Map(all.map((choices) => [choices.employee.id, choices])) };
}
