/**
 * When a portrait's photo has served its purpose: it was shared and has been taken down everywhere it was shared
 * (every channel it reached is *Fjernet*, none is ready, shared or waiting to be removed), and the person does not
 * allow their photo on the intranet, so nothing may show it any more. Then the photo is deleted — to the recycle bin,
 * as name news are after their retention (src/features/navnenyt/domain/retention.ts) — and the portrait's text stays.
 * A channel never used (*Ikke delt*) does not keep a photo alive; a portrait never shared anywhere is not due.
 */
import { isAllowed } from '../../privacy';
import type { IPrivacyChoices } from '../../privacy';
import { PORTRAIT_CHANNELS } from './models';
import type { IPortrait } from './models';

export function isPhotoDueForDeletion(portrait: Pick<IPortrait, 'photo' | 'channels'>, choices: IPrivacyChoices | undefined): boolean {
  if (!portrait.photo) return false;
  const statuses = PORTRAIT_CHANNELS.map((c) => portrait.channels[c].status);
  const live = statuses.some((s) => s === 'readyToShare' || s === 'shared' || s === 'toRemove');
  return !live && statuses.includes('removed') && !isAllowed(choices, 'intranet', 'photo');
}

/** The portraits whose photos are due, by the person's choices in force (by site user id). */
export function photosDueForDeletion<P extends Pick<IPortrait, 'photo' | 'channels' | 'employee'>>(portraits: readonly P[], choices: ReadonlyMap<number, IPrivacyChoices>): P[] {
  return portraits.filter((p) => isPhotoDueForDeletion(p, p.employee ? choices.get(p.employee.id) : undefined));
}
