/**
 * What the Navnenyt reader shows on a render: approved items inside their display window, filtered by the person's
 * privacy choices (looked up fresh on every render), by type and area, grouped and sorted.
 */
import type { IChoicesIndex } from '../../privacy';
import type { IsoDate } from '../../../shared/domain/models';
import { isInShowWindow, receptionDay } from './navnenyt';
import type { IReaderGroup } from './navnenytGrouping';
import { groupForReader } from './navnenytGrouping';
import type { INavnenytSettings } from './navnenytSettings';
import { DEFAULT_NAVNENYT_SETTINGS } from './navnenytSettings';
import type { INavnenytItem, NavnenytType } from './models';
import type { IDisclosure } from './disclosure';
import { choicesFor, decideDisclosure } from './disclosure';
import { normalizeName } from '../../../shared/domain/names';

export interface IReaderEntry {
  readonly item: INavnenytItem;
  /** What may be shown: apply showAge and showPhoto when rendering. */
  readonly disclosure: IDisclosure;
  /** Jubilees only: the reception day (next working day when the date is a weekend or holiday). */
  readonly receptionDate?: IsoDate;
}

export interface IReaderOptions {
  readonly settings?: INavnenytSettings;
  /** Types to show; all when undefined or empty. */
  readonly types?: readonly NavnenytType[];
  /** "Mit område": only items of this area; all areas when undefined or empty. */
  readonly area?: string;
  /** At most this many entries in total, taken in group order (I dag first). */
  readonly maxItems?: number;
}

function sameArea(a: string | undefined, b: string): boolean {
  return a !== undefined && normalizeName(a).toLocaleLowerCase('da') === normalizeName(b).toLocaleLowerCase('da');
}

/** Selects, discloses and groups the items for one render of the reader. */
export function selectForReader(
  items: readonly INavnenytItem[],
  choices: IChoicesIndex,
  today: IsoDate,
  options: IReaderOptions = {},
): readonly IReaderGroup<IReaderEntry>[] {
  const settings = options.settings ?? DEFAULT_NAVNENYT_SETTINGS;
  const types = options.types && options.types.length > 0 ? options.types : undefined;
  const area = options.area?.trim() ? options.area : undefined;
  const entries: IReaderEntry[] = [];
  for (const item of items) {
    if (item.approval !== 'approved' || (types && !types.includes(item.type)) || (area && !sameArea(item.area, area))) {
      continue;
    }
    if (!isInShowWindow(item, today, settings)) {
      continue;
    }
    const disclosure = decideDisclosure(item, choicesFor(item, choices), { channel: 'intranet', intranetDefault: settings.intranetDefault });
    if (!disclosure.show) {
      continue;
    }
    entries.push(item.type === 'jubilee' ? { item, disclosure, receptionDate: receptionDay(item.eventDate, settings.extraClosedDays) } : { item, disclosure });
  }
  const groups = groupForReader(entries, today, (e) => e.item);
  return limitEntries(groups, options.maxItems);
}

function limitEntries<T>(groups: readonly IReaderGroup<T>[], maxItems: number | undefined): readonly IReaderGroup<T>[] {
  if (maxItems === undefined || maxItems < 0) {
    return groups;
  }
  const limited: IReaderGroup<T>[] = [];
  let left = maxItems;
  for (const group of groups) {
    if (left <= 0) {
      break;
    }
    limited.push({ key: group.key, entries: group.entries.slice(0, left) });
    left -= Math.min(left, group.entries.length);
  }
  return limited;
}
