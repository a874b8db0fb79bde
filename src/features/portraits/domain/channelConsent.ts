/**
 * Whether a person allows a portrait on a channel: the channel's own yes for the portrait text, and for the photo when
 * the portrait has one. Without a privacy-choices item the answer is no (external channels are opt-in only). Pure.
 */
import type { ConsentChannel, IPrivacyChoices } from '../../privacy';
import { isAllowed } from '../../privacy';

export type ConsentItem = 'portraitText' | 'photo';

/** Which of the person's yeses a channel lacks for this portrait (empty: allowed). The photo counts only when used. */
export function missingConsent(choices: IPrivacyChoices | undefined, channel: ConsentChannel, withPhoto: boolean): readonly ConsentItem[] {
  const missing: ConsentItem[] = [];
  if (!isAllowed(choices, channel, 'portraitText')) missing.push('portraitText');
  if (withPhoto && !isAllowed(choices, channel, 'photo')) missing.push('photo');
  return missing;
}
