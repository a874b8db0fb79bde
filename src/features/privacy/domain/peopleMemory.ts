/**
 * Which people a reader's list named last time, remembered on this device, so their privacy choices can be asked for
 * at the same moment as the list next time instead of after it (choicesAlongside.ts): on a phone's 3G that is half a
 * second less before anyone is shown. It holds site user ids only: never a choice, a name or what a person declined.
 * The ids are of people the list itself names, which the same reader may read from the list at any time.
 * Choices are never remembered: they are read on every load.
 */

/** What was remembered under a key (empty when nothing, or nothing usable), and remembering anew. */
export interface IPeopleMemory {
  recall(key: string): readonly number[];
  remember(key: string, ids: readonly number[]): void;
}

/** More people than this are not remembered: the privacy list is then read whole anyway (PrivacyRepository). */
export const MOST_REMEMBERED = 200;

/** The ids, when they are a short list of site user ids; otherwise none. */
export function usable(ids: unknown): readonly number[] {
  return Array.isArray(ids) && ids.length <= MOST_REMEMBERED && ids.every((id) => Number.isSafeInteger(id) && id > 0) ? (ids as number[]) : [];
}

/** Remembered for this page's life only (the tests, the benchmarks, a browser without storage). */
export function pageMemory(): IPeopleMemory {
  const kept = new Map<string, readonly number[]>();
  return {
    recall: (key) => kept.get(key) ?? [],
    remember: (key, ids) => void kept.set(key, usable(ids)),
  };
}
