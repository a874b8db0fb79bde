/**
 * Whose privacy choices an item of *Privatlivsvalg* holds, decided in one place for every reader and for *Mine valg*.
 *
 * The list lets every employee create items (`WriteSecurity=2`: each edits only the items they created), so the
 * person field (`MnEmployee`) and the "registered by" field (`MnRegisteredBy`) are claims anyone can write. Only the
 * item's author is set by SharePoint and cannot be forged. So:
 * - an item the person created about themselves (author = person) is the person's own: it always wins;
 * - an item created about the person by a member of the HR group counts when the person has no own item;
 * - an item created by anyone else (an impostor: neither the person nor HR) is ignored by every reader and listed for
 *   HR to delete;
 * - among several items of the same kind the one changed last wins (newest `modified`, then highest id).
 * The person can therefore always withdraw: their own item (which they can create and edit) beats HR's and any other.
 * There is deliberately no unique constraint on the person column: an impostor could then block the person from
 * ever creating their own item.
 */
import type { IPersonRef } from '../../../shared/domain/models';
import type { ConsentMatrix, IPrivacyChoices } from './models';

/** One item of the privacy-choices list as stored, before anyone trusts it. */
export interface IPrivacyItem {
  readonly id: number;
  /** The person the item names (`MnEmployee`): a claim. */
  readonly employee: IPersonRef;
  /** Who created the item (SharePoint's `Author`): set by SharePoint, the only thing the rule trusts. */
  readonly author: IPersonRef;
  /** When the item last changed (ISO instant). */
  readonly modified: string;
  readonly choices: ConsentMatrix;
  readonly consentTextVersion?: string;
  readonly etag?: string;
}

/** What counts about an item: the person's own, HR's on the person's behalf, or an impostor's. */
export type PrivacyItemKind = 'own' | 'hr' | 'impostor';

export interface IChoicesResolution {
  /** The choices in force per person (site user id); a person absent from the map has none. */
  readonly byEmployee: ReadonlyMap<number, IPrivacyChoices>;
  /** Items created by someone who is neither the person nor in HR: ignored; HR should delete them. Oldest first. */
  readonly impostors: readonly IPrivacyItem[];
}

export function privacyItemKind(item: IPrivacyItem, hrMemberIds: ReadonlySet<number>): PrivacyItemKind {
  if (item.author.id === item.employee.id) return 'own';
  return hrMemberIds.has(item.author.id) ? 'hr' : 'impostor';
}

function newer(a: IPrivacyItem, b: IPrivacyItem): boolean {
  return a.modified > b.modified || (a.modified === b.modified && a.id > b.id);
}

function asChoices(item: IPrivacyItem, kind: 'own' | 'hr'): IPrivacyChoices {
  return {
    id: item.id,
    employee: item.employee,
    choices: item.choices,
    consentTextVersion: item.consentTextVersion,
    registeredBy: kind === 'own' ? 'Selvbetjening' : 'HR',
    etag: item.etag,
  };
}

/** The one rule: which item decides each person's choices, and which items are impostors. */
export function resolveChoices(items: readonly IPrivacyItem[], hrMemberIds: ReadonlySet<number> | readonly number[]): IChoicesResolution {
  const hr = hrMemberIds instanceof Set ? hrMemberIds : new Set(hrMemberIds as readonly number[]);
  const own = new Map<number, IPrivacyItem>();
  const byHr = new Map<number, IPrivacyItem>();
  const impostors: IPrivacyItem[] = [];
  for (const item of items) {
    const kind = privacyItemKind(item, hr);
    if (kind === 'impostor') {
      impostors.push(item);
      continue;
    }
    const map = kind === 'own' ? own : byHr;
    const current = map.get(item.employee.id);
    if (!current || newer(item, current)) map.set(item.employee.id, item);
  }
  const byEmployee = new Map<number, IPrivacyChoices>();
  for (const [id, item] of byHr) byEmployee.set(id, asChoices(item, 'hr'));
  for (const [id, item] of own) byEmployee.set(id, asChoices(item, 'own'));
  impostors.sort((a, b) => a.modified.localeCompare(b.modified) || a.id - b.id);
  return { byEmployee, impostors };
}
