/**
 * How long name news are kept. A name news item is personal data kept for one purpose, to be shown on the intranet;
 * when it has stopped showing, the purpose has ended. It is kept `retentionDays` more (so a question about it can be
 * answered, and a mistake undone), and after that it and its photo are deleted — to the site's recycle bin, from
 * which a site owner can restore it for the recycle bin's own period (93 days in SharePoint Online).
 *
 * "Stopped showing" is the last day of its effective window (navnenyt.ts: its own Vises til, else the type's window,
 * never more than `maxDaysAfterEvent` after the event). The rule is the same whatever the approval status: a rejected
 * or never-approved submission holds the same personal data.
 */
import { addDays, compareIsoDates } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';
import type { INavnenytItem } from './models';
import { effectiveShowWindow } from './navnenyt';
import type { INavnenytSettings } from './navnenytSettings';
import { DEFAULT_NAVNENYT_SETTINGS } from './navnenytSettings';

/** The default: 90 days after the item stops showing. */
export const DEFAULT_RETENTION_DAYS = 90;
/** The property pane's bounds: at least a month, at most two years. */
export const MIN_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 730;

type Windowed = Pick<INavnenytItem, 'type' | 'eventDate' | 'showFrom' | 'showUntil'>;
type WindowSettings = Pick<INavnenytSettings, 'windows' | 'maxDaysAfterEvent'>;

/** The last day the item is kept: `retentionDays` after the last day it shows. */
export function keptUntil(item: Windowed, retentionDays: number, settings: WindowSettings = DEFAULT_NAVNENYT_SETTINGS): IsoDate {
  return addDays(effectiveShowWindow(item, settings).showUntil, retentionDays);
}

/** True from the day after `keptUntil`. */
export function isDueForDeletion(item: Windowed, today: IsoDate, retentionDays: number, settings: WindowSettings = DEFAULT_NAVNENYT_SETTINGS): boolean {
  return compareIsoDates(today, keptUntil(item, retentionDays, settings)) > 0;
}

/** The due items, those kept longest past their time first. */
export function dueForDeletion<T extends Windowed>(items: readonly T[], today: IsoDate, retentionDays: number, settings: WindowSettings = DEFAULT_NAVNENYT_SETTINGS): T[] {
  return items
    .filter((item) => isDueForDeletion(item, today, retentionDays, settings))
    .sort((a, b) => compareIsoDates(keptUntil(a, retentionDays, settings), keptUntil(b, retentionDays, settings)));
}

/**
 * The bound for the indexed queries that find the candidates: a due item has its event date or its own Vises til
 * before this day. (Its last showing day is before it; that day is its own Vises til, or its event date plus a
 * non-negative number of days.) Two queries, one per indexed column, so neither passes the list view threshold.
 */
export function retentionCandidatesBefore(today: IsoDate, retentionDays: number): IsoDate {
  return addDays(today, -retentionDays);
}

/** A property-pane value as a retention period: whole days within the bounds, the default when unusable. */
export function retentionDaysOf(value: unknown): number {
  const days = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(days)) return DEFAULT_RETENTION_DAYS;
  return Math.min(MAX_RETENTION_DAYS, Math.max(MIN_RETENTION_DAYS, Math.round(days)));
}
