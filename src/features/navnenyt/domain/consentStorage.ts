/**
 * What may be stored in *Navnenyt*, a list every employee can read over REST, about a person at this moment.
 * Hiding something in the reader is not enough: what the person has not allowed is never written (HR's submission),
 * never published (communications' approval), and what they withdraw later becomes a task for communications to delete.
 *
 * The rule is the reader's own (`decideDisclosure` on the intranet) with the strictest default for people without a
 * choices item: HR's confirmation covers the mention, never the age and never the photo.
 */
import type { INavnenytItem, NavnenytType } from './models';
import type { IPrivacyChoices } from '../../privacy';
import { decideDisclosure } from './disclosure';

export interface IStorable {
  /** May the item exist at all (the person has not said no to its category)? */
  readonly mention: boolean;
  /** May the age be stored (birthdays only; other types' years are not an age)? */
  readonly age: boolean;
  /** May a photo be stored? */
  readonly photo: boolean;
}

/** Something an item holds that the person's current choices do not allow. */
export type NotAllowed = 'mention' | 'age' | 'photo';

/** What may be stored about the person of an item of this type, given their current choices (undefined: none). */
export function storableNow(type: NavnenytType, choices: IPrivacyChoices | undefined): IStorable {
  const probe = { type, consentConfirmed: true, photo: { url: 'photo', alt: '' }, years: 1 };
  const d = decideDisclosure(probe, choices, { channel: 'intranet', intranetDefault: 'confirmedMention' });
  return { mention: d.show, age: type !== 'birthday' || d.showAge, photo: d.showPhoto };
}

type StoredItem = Pick<INavnenytItem, 'type' | 'years' | 'photo'>;

/** What the item holds beyond what may be stored now, in the order mention, age, photo; empty when all is allowed. */
export function notAllowedNow(item: StoredItem, choices: IPrivacyChoices | undefined): readonly NotAllowed[] {
  const s = storableNow(item.type, choices);
  const found: NotAllowed[] = [];
  if (!s.mention) found.push('mention');
  if (item.type === 'birthday' && item.years !== undefined && !s.age) found.push('age');
  if (item.photo !== undefined && item.photo.url !== '' && !s.photo) found.push('photo');
  return found;
}

/** A published item that holds what its person has since said no to: communications deletes it with its photo. */
export interface IWithdrawalTask {
  readonly item: INavnenytItem;
  readonly notAllowed: readonly NotAllowed[];
}

/**
 * The *Samtykke trukket tilbage* tasks: approved items whose person has choices that no longer allow everything the
 * item holds (its category, the age, the photo). People without a choices item have withdrawn nothing.
 * `choices` are the resolved choices per site user id (see `resolveChoices`). Soonest event first.
 */
export function withdrawalTasks(items: readonly INavnenytItem[], choices: ReadonlyMap<number, IPrivacyChoices>): readonly IWithdrawalTask[] {
  const tasks: IWithdrawalTask[] = [];
  for (const item of items) {
    if (item.approval !== 'approved' || !item.employee) continue;
    const mine = choices.get(item.employee.id);
    if (!mine) continue;
    const notAllowed = notAllowedNow(item, mine);
    if (notAllowed.length > 0) tasks.push({ item, notAllowed });
  }
  return tasks.sort((a, b) => a.item.eventDate.localeCompare(b.item.eventDate) || a.item.id - b.item.id);
}
