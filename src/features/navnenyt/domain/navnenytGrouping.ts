/**
 * The reader's view of navnenyt: groups today, this week, upcoming and recent relative to today (their headings are in
 * the feature's loc), and Danish
 * name order (æ, ø, å last; Aa sorts as Å) with `Intl.Collator('da')` on NFC-normalised names.
 */
import { compareIsoDates, endOfIsoWeek, startOfIsoWeek } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';
import { compareNamesDanish } from '../../../shared/domain/names';

/**
 * - today: the event is today;
 * - thisWeek: another day of today's ISO week (Monday-Sunday), earlier or later this week;
 * - upcoming: after this week;
 * - recent: before this week.
 */
export type ReaderGroupKey = 'today' | 'thisWeek' | 'upcoming' | 'recent';

/** The order the reader shows the groups in. */
export const READER_GROUP_ORDER: readonly ReaderGroupKey[] = ['today', 'thisWeek', 'upcoming', 'recent'];

/** The group of an event date relative to today; the ISO week runs across New Year (28 Dec 2026 - 3 Jan 2027). */
export function readerGroupOf(eventDate: IsoDate, today: IsoDate): ReaderGroupKey {
  if (eventDate === today) {
    return 'today';
  }
  if (compareIsoDates(eventDate, startOfIsoWeek(today)) < 0) {
    return 'recent';
  }
  if (compareIsoDates(eventDate, endOfIsoWeek(today)) > 0) {
    return 'upcoming';
  }
  return 'thisWeek';
}

export interface IDatedNamed {
  readonly eventDate: IsoDate;
  readonly name: string;
  readonly id?: number;
}

/** By event date, then name in Danish order, then id (a stable order for equal names). */
export function compareByDateThenName(a: IDatedNamed, b: IDatedNamed): number {
  return compareIsoDates(a.eventDate, b.eventDate) || compareNamesDanish(a.name, b.name) || (a.id ?? 0) - (b.id ?? 0);
}

export interface IReaderGroup<T> {
  readonly key: ReaderGroupKey;
  readonly entries: readonly T[];
}

/**
 * Groups entries for the reader, in READER_GROUP_ORDER, each sorted by date then name. Empty groups are left out.
 * `dated` reads the event date and name from an entry (for wrappers such as { item, disclosure }).
 */
export function groupForReader<T>(entries: readonly T[], today: IsoDate, dated: (entry: T) => IDatedNamed): readonly IReaderGroup<T>[] {
  const buckets = new Map<ReaderGroupKey, T[]>(READER_GROUP_ORDER.map((key) => [key, []]));
  for (const entry of entries) {
    buckets.get(readerGroupOf(dated(entry).eventDate, today))?.push(entry);
  }
  const groups: IReaderGroup<T>[] = [];
  for (const key of READER_GROUP_ORDER) {
    const list = buckets.get(key) ?? [];
    if (list.length > 0) {
      groups.push({ key, entries: list.sort((a, b) => compareByDateThenName(dated(a), dated(b))) });
    }
  }
  return groups;
}
