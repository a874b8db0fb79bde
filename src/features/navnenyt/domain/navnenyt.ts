/**
 * Navnenyt event rules: round birthdays and ages, jubilees from HR's seniority date, 29 February, reception days and
 * display windows. Grouping for the reader is in navnenytGrouping.ts, candidates from payroll in navnenytCandidates.ts.
 */
import { addDays, compareIsoDates, isLeapYear, isWithin, minIsoDate, parseIsoDate, toIsoDate } from '../../../shared/domain/dates';
import type { ExtraClosedDays } from '../../../shared/domain/holidays';
import { nextWorkingDay } from '../../../shared/domain/holidays';
import type { IsoDate } from '../../../shared/domain/models';
import type { INavnenytSettings, LeapDayRule } from './navnenytSettings';
import { DEFAULT_NAVNENYT_SETTINGS } from './navnenytSettings';
import type { INavnenytItem, NavnenytType } from './models';

/** Types only an editor (communications) may create. */
export const EDITOR_ONLY_TYPES: readonly NavnenytType[] = ['memorial'];

/**
 * The date a recurring date (birthday, seniority date) falls on in a given year. 29 February in a common year becomes
 * 28 February ('feb28', default) or 1 March ('mar1').
 */
export function anniversaryInYear(date: IsoDate, year: number, leapDayRule: LeapDayRule = DEFAULT_NAVNENYT_SETTINGS.leapDayRule): IsoDate {
  const parts = parseIsoDate(date);
  if (!parts) {
    throw new RangeError(`Not an ISO date: ${date}`);
  }
  if (parts.month === 2 && parts.day === 29 && !isLeapYear(year)) {
    return leapDayRule === 'feb28' ? toIsoDate(year, 2, 28) : toIsoDate(year, 3, 1);
  }
  return toIsoDate(year, parts.month, parts.day);
}

/** Whole years from `from` to `on`, counting the anniversary by the leap-day rule. Negative before `from`. */
export function wholeYearsBetween(from: IsoDate, on: IsoDate, leapDayRule: LeapDayRule = DEFAULT_NAVNENYT_SETTINGS.leapDayRule): number {
  const start = parseIsoDate(from);
  const end = parseIsoDate(on);
  if (!start || !end) {
    throw new RangeError(`Not an ISO date: ${from} / ${on}`);
  }
  const years = end.year - start.year;
  return compareIsoDates(on, anniversaryInYear(from, end.year, leapDayRule)) < 0 ? years - 1 : years;
}

/** The age on a date. Born 29 Feb 1976: 50 on 28 Feb 2026 ('feb28') or on 1 Mar 2026 ('mar1'). */
export function ageOn(birthDate: IsoDate, on: IsoDate, leapDayRule: LeapDayRule = DEFAULT_NAVNENYT_SETTINGS.leapDayRule): number {
  return wholeYearsBetween(birthDate, on, leapDayRule);
}

/** True when the age is one of the round birthdays in the settings (default 50, 60, 70). */
export function isRoundBirthday(age: number, settings: Pick<INavnenytSettings, 'roundBirthdayAges'> = DEFAULT_NAVNENYT_SETTINGS): boolean {
  return settings.roundBirthdayAges.includes(age);
}

/** The birthday on which the person turns `age`. */
export function birthdayForAge(birthDate: IsoDate, age: number, leapDayRule: LeapDayRule = DEFAULT_NAVNENYT_SETTINGS.leapDayRule): IsoDate {
  const parts = parseIsoDate(birthDate);
  if (!parts) {
    throw new RangeError(`Not an ISO date: ${birthDate}`);
  }
  return anniversaryInYear(birthDate, parts.year + age, leapDayRule);
}

/**
 * The jubilee date for `years` of seniority. The seniority date is the one HR enters from the payroll system (it
 * already accounts for combined periods, casual temp work and leave); it is never the hire date plus 25 years.
 */
export function jubileeDate(seniorityDate: IsoDate, years: number, leapDayRule: LeapDayRule = DEFAULT_NAVNENYT_SETTINGS.leapDayRule): IsoDate {
  return birthdayForAge(seniorityDate, years, leapDayRule);
}

/** True when the number of years is a jubilee in the settings (default 25, 40, 50). */
export function isJubileeYears(years: number, settings: Pick<INavnenytSettings, 'jubileeYears'> = DEFAULT_NAVNENYT_SETTINGS): boolean {
  return settings.jubileeYears.includes(years);
}

/** A 40-year jubilee (by default) is flagged to HR as a possible Fortjenstmedaljen recommendation. */
export function isMedalCandidate(
  item: Pick<INavnenytItem, 'type' | 'years'>,
  settings: Pick<INavnenytSettings, 'medalJubileeYears'> = DEFAULT_NAVNENYT_SETTINGS,
): boolean {
  return item.type === 'jubilee' && item.years === settings.medalJubileeYears;
}

/** The reception day of a jubilee: the date itself on a working day, else the next working day. */
export function receptionDay(eventDate: IsoDate, extraClosed: ExtraClosedDays = DEFAULT_NAVNENYT_SETTINGS.extraClosedDays): IsoDate {
  return nextWorkingDay(eventDate, extraClosed);
}

export interface IShowWindow {
  readonly showFrom: IsoDate;
  readonly showUntil: IsoDate;
}

/** The window a type's item shows by default: the prefill of the HR form. */
export function defaultShowWindow(
  type: NavnenytType,
  eventDate: IsoDate,
  settings: Pick<INavnenytSettings, 'windows'> = DEFAULT_NAVNENYT_SETTINGS,
): IShowWindow {
  const window = settings.windows[type];
  return { showFrom: addDays(eventDate, -window.daysBefore), showUntil: addDays(eventDate, window.daysAfter) };
}

/**
 * The window an item actually shows in: its own showFrom/showUntil when set (never before showFrom, never after
 * showUntil), else the type's default window; and never more than `maxDaysAfterEvent` after the event.
 * `showFrom > showUntil` means the item never shows.
 */
export function effectiveShowWindow(
  item: Pick<INavnenytItem, 'type' | 'eventDate' | 'showFrom' | 'showUntil'>,
  settings: Pick<INavnenytSettings, 'windows' | 'maxDaysAfterEvent'> = DEFAULT_NAVNENYT_SETTINGS,
): IShowWindow {
  const fallback = defaultShowWindow(item.type, item.eventDate, settings);
  const until = item.showUntil ?? fallback.showUntil;
  return {
    showFrom: item.showFrom ?? fallback.showFrom,
    showUntil: minIsoDate(until, addDays(item.eventDate, settings.maxDaysAfterEvent)),
  };
}

/** True when the item is inside its display window on `today` (a Copenhagen date). */
export function isInShowWindow(
  item: Pick<INavnenytItem, 'type' | 'eventDate' | 'showFrom' | 'showUntil'>,
  today: IsoDate,
  settings: Pick<INavnenytSettings, 'windows' | 'maxDaysAfterEvent'> = DEFAULT_NAVNENYT_SETTINGS,
): boolean {
  const { showFrom, showUntil } = effectiveShowWindow(item, settings);
  return compareIsoDates(showFrom, showUntil) <= 0 && isWithin(today, showFrom, showUntil);
}

/**
 * The event dates whose items can be in their window on `today`, for the reader's indexed query on the event date:
 * from `today - maxDaysAfterEvent` to `today + the longest daysBefore` (plus `extraLeadDays` for items whose own
 * showFrom starts earlier than their type's default window).
 */
export function visibleEventDateRange(
  today: IsoDate,
  settings: Pick<INavnenytSettings, 'windows' | 'maxDaysAfterEvent'> = DEFAULT_NAVNENYT_SETTINGS,
  extraLeadDays: number = 0,
): { readonly from: IsoDate; readonly to: IsoDate } {
  const lead = Math.max(...Object.values(settings.windows).map((w) => w.daysBefore));
  return { from: addDays(today, -settings.maxDaysAfterEvent), to: addDays(today, lead + extraLeadDays) };
}
