/**
 * The privacy choices of the people a list names, asked for side by side with the list rather than after it.
 * A reader (Navnenyt, Medarbejderportrætter, Medarbejderhistorier) shows nobody before that person's current choices are
 * read (the privacy promise), so reading the list and then the choices costs two round trips in a row. The people the
 * list named last time (peopleMemory.ts) are asked for while the list is read; only people new to the list are asked
 * for after it. Every choice is still read on this load: nothing is shown from memory.
 */
import type { IPrivacyChoices } from '../domain/models';
import { MOST_REMEMBERED } from './peopleMemory';
import type { IPeopleMemory } from './peopleMemory';

export type ReadChoices = (employeeIds: readonly number[]) => Promise<ReadonlyMap<number, IPrivacyChoices>>;

export interface IWithChoices<T> {
  readonly value: T;
  /** The choices of the people `value` names, by site user id, read on this load; a person without any is absent. */
  readonly choices: ReadonlyMap<number, IPrivacyChoices>;
}

const NONE: ReadonlyMap<number, IPrivacyChoices> = new Map();

/** The site user ids of the people a list's items name (an item may name nobody): `peopleOf` for most lists. */
export function peopleIn(items: readonly { readonly employee?: { readonly id: number } }[]): number[] {
  return items.map((i) => i.employee?.id).filter((id): id is number => id !== undefined);
}

/**
 * Loads `value` and the choices of the people it names (`peopleOf`): those remembered under `key` are asked for at
 * once, the rest when `value` has come; then the people it names are remembered for next time, and after them the
 * people it will soon name (`soonOf`, e.g. name news just beyond the window), so that tomorrow's newcomers to the
 * list are asked for early too. Their choices are not read now: nobody of them is shown.
 */
export async function readAlongside<T>(
  readChoices: ReadChoices,
  memory: IPeopleMemory,
  key: string,
  load: () => Promise<T>,
  peopleOf: (value: T) => readonly number[],
  soonOf?: (value: T) => readonly number[],
): Promise<IWithChoices<T>> {
  const expected = memory.recall(key);
  const early = expected.length > 0 ? readChoices(expected) : Promise.resolve(NONE);
  // When the list fails first, its error is the one reported; this one is then not left unhandled.
  early.catch(() => undefined);
  const value = await load();
  const people = Array.from(new Set(peopleOf(value)));
  memory.remember(key, Array.from(new Set([...people, ...(soonOf?.(value) ?? [])])).slice(0, MOST_REMEMBERED));
  const asked = new Set(expected);
  const missing = people.filter((id) => !asked.has(id));
  const [found, late] = await Promise.all([early, missing.length > 0 ? readChoices(missing) : Promise.resolve(NONE)]);
  const choices = new Map<number, IPrivacyChoices>();
  for (const id of people) {
    const c = found.get(id) ?? late.get(id);
    if (c) choices.set(id, c);
  }
  return { value, choices };
}

/** `readAlongside` with the choices reader and the memory already chosen: what a reader's root is handed. */
export type ReadAlongside = <T>(key: string, load: () => Promise<T>, peopleOf: (value: T) => readonly number[]) => Promise<IWithChoices<T>>;
