/**
 * Settings of the navnenyt rules, with the defaults the municipality starts from. Web parts expose some of them in
 * the property pane; everything else uses these defaults.
 */
import type { IntranetDefaultPolicy } from '../../privacy';
import { DEFAULT_INTRANET_POLICY } from '../../privacy';
import type { ExtraClosedDays } from '../../../shared/domain/holidays';
import type { NavnenytType } from './models';

/**
 * How a 29 February birthday or seniority date is marked in a common year:
 * 'feb28' (default, the person still celebrates in February) or 'mar1' (the day after 28 February).
 * Danish HR practice varies; the municipality's HR decides.
 */
export type LeapDayRule = 'feb28' | 'mar1';

/** Days an event shows before and after its date (both inclusive; 0 = from/until the day itself). */
export interface IDisplayWindow {
  readonly daysBefore: number;
  readonly daysAfter: number;
}

export interface INavnenytSettings {
  /** Ages that count as round birthdays. Default 50, 60, 70. */
  readonly roundBirthdayAges: readonly number[];
  /** Years of seniority marked as a jubilee. Default 25, 40, 50 (Norddjurs). */
  readonly jubileeYears: readonly number[];
  /** Jubilees of this many years are flagged to HR as possible Fortjenstmedaljen recommendations. Default 40. */
  readonly medalJubileeYears: number;
  /** 29 February in a common year. Default 'feb28'. */
  readonly leapDayRule: LeapDayRule;
  /** Display window per type; an item's own showFrom/showUntil replace the computed start/end. */
  readonly windows: Readonly<Record<NavnenytType, IDisplayWindow>>;
  /** Automatic unpublish: no item shows more than this many days after its event date, whatever showUntil says. */
  readonly maxDaysAfterEvent: number;
  /** Closed days besides the public holidays (for reception days). Default none. */
  readonly extraClosedDays: ExtraClosedDays;
  /** What the intranet shows about a person without a privacy-choices item. Default 'confirmedMention'. */
  readonly intranetDefault: IntranetDefaultPolicy;
}

export const DEFAULT_DISPLAY_WINDOWS: Readonly<Record<NavnenytType, IDisplayWindow>> = {
  birthday: { daysBefore: 7, daysAfter: 3 },
  jubilee: { daysBefore: 14, daysAfter: 7 },
  newColleague: { daysBefore: 0, daysAfter: 30 },
  retirement: { daysBefore: 14, daysAfter: 14 },
  farewell: { daysBefore: 14, daysAfter: 14 },
  // The editor sets a memorial's window; this is only the prefill and the fallback.
  memorial: { daysBefore: 0, daysAfter: 14 },
};

export const DEFAULT_NAVNENYT_SETTINGS: INavnenytSettings = {
  roundBirthdayAges: [50, 60, 70],
  jubileeYears: [25, 40, 50],
  medalJubileeYears: 40,
  leapDayRule: 'feb28',
  windows: DEFAULT_DISPLAY_WINDOWS,
  maxDaysAfterEvent: 60,
  extraClosedDays: [],
  intranetDefault: DEFAULT_INTRANET_POLICY,
};

/** Settings from partial overrides (e.g. property-pane values), with the defaults for everything not given. */
export function navnenytSettings(overrides: Partial<INavnenytSettings> = {}): INavnenytSettings {
  return {
    ...DEFAULT_NAVNENYT_SETTINGS,
    ...overrides,
    windows: { ...DEFAULT_DISPLAY_WINDOWS, ...overrides.windows },
  };
}
