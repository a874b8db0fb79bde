/**
 * Candidate navnenyt from HR's payroll extract for a date range: round birthdays, jubilees (from the seniority date HR
 * enters, never the hire date), new colleagues and retirements. HR reviews each candidate and plans the mention with
 * the employee before submitting it; Mindeord and Fratrædelse are never generated (a leaving reason is not ours to
 * publish, and memorials are editor-only).
 */
import { compareIsoDates, isWithin, parseIsoDate } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';
import { birthdayForAge, defaultShowWindow, jubileeDate, receptionDay } from './navnenyt';
import { compareByDateThenName } from './navnenytGrouping';
import type { INavnenytSettings } from './navnenytSettings';
import { DEFAULT_NAVNENYT_SETTINGS } from './navnenytSettings';
import type { NavnenytType } from './models';
import { normalizeName } from '../../../shared/domain/names';
import type { IPayrollEmployee } from '../../employees';

export interface INavnenytCandidate {
  readonly type: NavnenytType;
  readonly employeeNumber: string;
  readonly name: string;
  readonly email?: string;
  readonly jobTitle?: string;
  readonly workplace?: string;
  readonly area?: string;
  readonly eventDate: IsoDate;
  /** Age (birthday) or years of seniority (jubilee). */
  readonly years?: number;
  /** Jubilees: the reception day (next working day when the date is a weekend or a public holiday). */
  readonly receptionDate?: IsoDate;
  /** A jubilee of `medalJubileeYears` (40): HR assesses a Fortjenstmedaljen recommendation. */
  readonly medalCandidate: boolean;
  /** The prefilled display window for the type. */
  readonly showFrom: IsoDate;
  readonly showUntil: IsoDate;
}

type Person = Omit<INavnenytCandidate, 'type' | 'eventDate' | 'years' | 'receptionDate' | 'medalCandidate' | 'showFrom' | 'showUntil'>;

function person(e: IPayrollEmployee): Person {
  const optional = (value: string | undefined): string | undefined => (value && value.trim() ? normalizeName(value) : undefined);
  return {
    employeeNumber: e.employeeNumber.trim(),
    name: normalizeName(e.name),
    email: optional(e.email),
    jobTitle: optional(e.jobTitle),
    workplace: optional(e.workplace),
    area: optional(e.area),
  };
}

/** Still employed on the date (no end date, or the end date is on or after it). */
function employedOn(e: IPayrollEmployee, date: IsoDate): boolean {
  return !e.endDate || !parseIsoDate(e.endDate) || compareIsoDates(date, e.endDate) <= 0;
}

/** Each of the given anniversaries (ages or years) of `from` that falls within [rangeFrom, rangeTo]. */
function anniversariesInRange(
  from: IsoDate,
  counts: readonly number[],
  rangeFrom: IsoDate,
  rangeTo: IsoDate,
  settings: INavnenytSettings,
): { date: IsoDate; years: number }[] {
  const found: { date: IsoDate; years: number }[] = [];
  for (const years of counts) {
    const date = birthdayForAge(from, years, settings.leapDayRule);
    if (isWithin(date, rangeFrom, rangeTo)) {
      found.push({ date, years });
    }
  }
  return found;
}

/**
 * Candidates whose event date lies in [from, to] (inclusive), sorted by date then Danish name order. Rows with
 * unreadable dates are skipped for that event only; duplicate rows (one person, two positions) give one candidate.
 */
export function generateCandidates(
  employees: readonly IPayrollEmployee[],
  from: IsoDate,
  to: IsoDate,
  settings: INavnenytSettings = DEFAULT_NAVNENYT_SETTINGS,
): readonly INavnenytCandidate[] {
  const byKey = new Map<string, INavnenytCandidate>();
  const add = (e: IPayrollEmployee, type: NavnenytType, eventDate: IsoDate, years?: number): void => {
    const key = `${e.employeeNumber.trim()}|${type}|${eventDate}`;
    if (byKey.has(key)) {
      return;
    }
    const window = defaultShowWindow(type, eventDate, settings);
    byKey.set(key, {
      ...person(e),
      type,
      eventDate,
      years,
      receptionDate: type === 'jubilee' ? receptionDay(eventDate, settings.extraClosedDays) : undefined,
      medalCandidate: type === 'jubilee' && years === settings.medalJubileeYears,
      showFrom: window.showFrom,
      showUntil: window.showUntil,
    });
  };

  for (const e of employees) {
    if (e.birthDate && parseIsoDate(e.birthDate)) {
      for (const hit of anniversariesInRange(e.birthDate, settings.roundBirthdayAges, from, to, settings)) {
        if (employedOn(e, hit.date)) {
          add(e, 'birthday', hit.date, hit.years);
        }
      }
    }
    // The jubilee comes only from the seniority date; the start date is deliberately not a fallback.
    if (e.seniorityDate && parseIsoDate(e.seniorityDate)) {
      for (const hit of anniversariesInRange(e.seniorityDate, settings.jubileeYears, from, to, settings)) {
        if (employedOn(e, hit.date)) {
          add(e, 'jubilee', jubileeDate(e.seniorityDate, hit.years, settings.leapDayRule), hit.years);
        }
      }
    }
    if (e.startDate && parseIsoDate(e.startDate) && isWithin(e.startDate, from, to)) {
      add(e, 'newColleague', e.startDate);
    }
    if (e.endDate && parseIsoDate(e.endDate) && isWithin(e.endDate, from, to) && (e.endReason === 'pension' || e.endReason === 'earlyRetirement')) {
      add(e, 'retirement', e.endDate);
    }
  }
  return Array.from(byKey.values()).sort(compareByDateThenName);
}
