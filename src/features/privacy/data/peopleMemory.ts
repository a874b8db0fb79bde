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

const PREFIX = 'medarbejdernyt:people:';

function usable(ids: unknown): readonly number[] {
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

function deviceStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // blocked (private mode, some Teams clients)
  }
}

/**
 * Remembered on this device (localStorage) per site, beside the page's own memory, which answers when the device's
 * storage is blocked, full or holds something unreadable.
 */
export function deviceMemory(siteUrl: string): IPeopleMemory {
  const page = pageMemory();
  const keyOf = (key: string): string => `${PREFIX}${siteUrl}|${key}`;
  return {
    recall(key) {
      try {
        const stored = deviceStorage()?.getItem(keyOf(key));
        if (stored) return usable(JSON.parse(stored));
      } catch {
        // unreadable: as if nothing was remembered
      }
      return page.recall(key);
    },
    remember(key, ids) {
      page.remember(key, ids);
      try {
        deviceStorage()?.setItem(keyOf(key), JSON.stringify(usable(ids)));
      } catch {
        // full or blocked: the page's memory still holds them
      }
    },
  };
}
