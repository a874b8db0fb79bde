/**
 * Which people a reader's list named, remembered on this device (localStorage) per site: what the readers' lists are
 * given in SharePoint and on the local page (domain/peopleMemory.ts says what is kept, and why it is only ids).
 */
import { pageMemory, usable } from '../domain/peopleMemory';
import type { IPeopleMemory } from '../domain/peopleMemory';

const PREFIX = 'medarbejdernyt:people:';

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
