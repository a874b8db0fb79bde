/**
 * What the HR form can fill in itself once HR has picked a person from the payroll extract and a type:
 * the event date and the years (the next round birthday, the next jubilee from the seniority date, the start or
 * end date). HR can always change it.
 */
import { addDays, compareIsoDates } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';
import { birthdayForAge, jubileeDate } from './navnenyt';
import type { INavnenytSettings } from './navnenytSettings';
import { DEFAULT_NAVNENYT_SETTINGS } from './navnenytSettings';
import type { NavnenytType } from './models';
import type { IPayrollEmployee } from '../../employees';

export interface IPrefill {
  readonly eventDate: IsoDate;
  readonly years?: number;
}

/** How far back an event may lie and still be suggested (news of last week is still news). */
const LOOK_BACK_DAYS = 14;

function firstAnniversary(from: IsoDate | undefined, counts: readonly number[], today: IsoDate, at: (date: IsoDate, n: number) => IsoDate): IPrefill | undefined {
  if (!from) return undefined;
  const earliest = addDays(today, -LOOK_BACK_DAYS);
  for (const n of [...counts].sort((a, b) => a - b)) {
    const date = at(from, n);
    if (compareIsoDates(date, earliest) >= 0) return { eventDate: date, years: n };
  }
  return undefined;
}

export function prefillFor(employee: IPayrollEmployee, type: NavnenytType, today: IsoDate, settings: INavnenytSettings = DEFAULT_NAVNENYT_SETTINGS): IPrefill | undefined {
  switch (type) {
    case 'birthday':
      return firstAnniversary(employee.birthDate, settings.roundBirthdayAges, today, (d, n) => birthdayForAge(d, n, settings.leapDayRule));
    case 'jubilee':
      return firstAnniversary(employee.seniorityDate, settings.jubileeYears, today, (d, n) => jubileeDate(d, n, settings.leapDayRule));
    case 'newColleague':
      return employee.startDate ? { eventDate: employee.startDate } : undefined;
    case 'retirement':
    case 'farewell':
      return employee.endDate ? { eventDate: employee.endDate } : undefined;
    case 'memorial':
      return undefined;
  }
}
