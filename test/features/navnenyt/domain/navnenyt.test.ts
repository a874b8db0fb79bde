import {
  ageOn,
  anniversaryInYear,
  birthdayForAge,
  defaultShowWindow,
  effectiveShowWindow,
  isInShowWindow,
  isJubileeYears,
  isMedalCandidate,
  isRoundBirthday,
  jubileeDate,
  receptionDay,
  visibleEventDateRange,
} from '../../../../src/features/navnenyt/domain/navnenyt';
import { DEFAULT_NAVNENYT_SETTINGS, navnenytSettings } from '../../../../src/features/navnenyt/domain/navnenytSettings';
import { JULEAFTENSDAG } from '../../../../src/shared/domain/holidays';

describe('29 February', () => {
  it.each([
    ['1976-02-29', 2026, 'feb28', '2026-02-28'],
    ['1976-02-29', 2026, 'mar1', '2026-03-01'],
    ['1976-02-29', 2028, 'feb28', '2028-02-29'],
    ['1976-02-29', 2028, 'mar1', '2028-02-29'],
    ['1976-02-29', 2100, 'feb28', '2100-02-28'], // 2100 is not a leap year
    ['1976-03-01', 2026, 'feb28', '2026-03-01'],
    ['1976-02-28', 2028, 'mar1', '2028-02-28'],
  ] as const)('%s in %i (%s) is marked %s', (date, year, rule, expected) => {
    expect(anniversaryInYear(date, year, rule)).toBe(expected);
  });

  it('counts the age by the same rule the date is shown by', () => {
    expect(ageOn('1976-02-29', '2026-02-27')).toBe(49);
    expect(ageOn('1976-02-29', '2026-02-28')).toBe(50);
    expect(ageOn('1976-02-29', '2026-02-28', 'mar1')).toBe(49);
    expect(ageOn('1976-02-29', '2026-03-01', 'mar1')).toBe(50);
    expect(birthdayForAge('1976-02-29', 50)).toBe('2026-02-28');
    expect(birthdayForAge('1976-02-29', 50, 'mar1')).toBe('2026-03-01');
  });
});

describe('ages and round birthdays', () => {
  it.each([
    ['1966-08-03', '2026-08-02', 59],
    ['1966-08-03', '2026-08-03', 60],
    ['1966-12-31', '2026-12-31', 60],
    ['1967-01-01', '2026-12-31', 59],
    ['1966-08-03', '1966-08-03', 0],
  ])('born %s is %i… on %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it('counts only the configured round ages (default 50, 60, 70)', () => {
    expect([30, 40, 50, 60, 65, 70].filter((a) => isRoundBirthday(a))).toEqual([50, 60, 70]);
    expect(isRoundBirthday(40, navnenytSettings({ roundBirthdayAges: [30, 40, 50, 60, 70] }))).toBe(true);
  });
});

describe('jubilees', () => {
  it('are counted from the seniority date HR enters', () => {
    // Hired 1 March 1999, but casual temp work did not count: HR's seniority date is 1 August 2001.
    expect(jubileeDate('2001-08-01', 25)).toBe('2026-08-01');
    expect(jubileeDate('1986-11-27', 40)).toBe('2026-11-27');
    expect(jubileeDate('1976-02-29', 50)).toBe('2026-02-28');
  });

  it('are 25, 40 and 50 years, and 40 years is flagged for Fortjenstmedaljen', () => {
    expect([10, 25, 30, 40, 50].filter((y) => isJubileeYears(y))).toEqual([25, 40, 50]);
    expect(isMedalCandidate({ type: 'jubilee', years: 40 })).toBe(true);
    expect(isMedalCandidate({ type: 'jubilee', years: 25 })).toBe(false);
    expect(isMedalCandidate({ type: 'birthday', years: 40 })).toBe(false);
  });

  it('hold the reception on the next working day', () => {
    expect(receptionDay('2026-08-01')).toBe('2026-08-03'); // Saturday → Monday
    expect(receptionDay('2026-11-27')).toBe('2026-11-27');
    expect(receptionDay('2026-12-24', [JULEAFTENSDAG])).toBe('2026-12-28');
  });
});

describe('display windows', () => {
  it.each([
    ['birthday', '2026-08-03', '2026-07-27', '2026-08-06'],
    ['jubilee', '2026-11-27', '2026-11-13', '2026-12-04'],
    ['newColleague', '2026-08-03', '2026-08-03', '2026-09-02'],
    ['retirement', '2026-07-31', '2026-07-17', '2026-08-14'],
    ['farewell', '2026-12-31', '2026-12-17', '2027-01-14'],
    ['memorial', '2026-11-27', '2026-11-27', '2026-12-11'],
  ] as const)('%s on %s shows %s - %s by default', (type, eventDate, from, until) => {
    expect(defaultShowWindow(type, eventDate)).toEqual({ showFrom: from, showUntil: until });
  });

  it('shows a birthday from 7 days before to 3 days after, inclusive', () => {
    const item = { type: 'birthday', eventDate: '2026-08-03' } as const;
    expect(isInShowWindow(item, '2026-07-26')).toBe(false);
    expect(isInShowWindow(item, '2026-07-27')).toBe(true);
    expect(isInShowWindow(item, '2026-08-06')).toBe(true);
    expect(isInShowWindow(item, '2026-08-07')).toBe(false);
  });

  it('never shows after showUntil or before showFrom', () => {
    const item = { type: 'jubilee', eventDate: '2026-11-27', showFrom: '2026-11-20', showUntil: '2026-11-27' } as const;
    expect(isInShowWindow(item, '2026-11-19')).toBe(false);
    expect(isInShowWindow(item, '2026-11-20')).toBe(true);
    expect(isInShowWindow(item, '2026-11-27')).toBe(true);
    expect(isInShowWindow(item, '2026-11-28')).toBe(false);
  });

  it('lets the editor set a memorial’s window', () => {
    const memorial = { type: 'memorial', eventDate: '2026-11-02', showFrom: '2026-11-10', showUntil: '2026-11-30' } as const;
    expect(effectiveShowWindow(memorial)).toEqual({ showFrom: '2026-11-10', showUntil: '2026-11-30' });
  });

  it('unpublishes automatically 60 days after the event, whatever showUntil says', () => {
    const item = { type: 'newColleague', eventDate: '2026-08-03', showUntil: '2027-08-03' } as const;
    expect(effectiveShowWindow(item).showUntil).toBe('2026-10-02');
    expect(isInShowWindow(item, '2026-10-03')).toBe(false);
  });

  it('never shows an item whose window is reversed', () => {
    const item = { type: 'retirement', eventDate: '2026-07-31', showFrom: '2026-08-10', showUntil: '2026-08-01' } as const;
    expect(['2026-07-31', '2026-08-01', '2026-08-05', '2026-08-10'].some((d) => isInShowWindow(item, d))).toBe(false);
  });

  it('crosses the year end', () => {
    const item = { type: 'birthday', eventDate: '2027-01-02' } as const;
    expect(isInShowWindow(item, '2026-12-26')).toBe(true);
    expect(isInShowWindow(item, '2026-12-25')).toBe(false);
  });

  it('takes configured windows', () => {
    const settings = navnenytSettings({ windows: { ...DEFAULT_NAVNENYT_SETTINGS.windows, birthday: { daysBefore: 0, daysAfter: 0 } } });
    expect(isInShowWindow({ type: 'birthday', eventDate: '2026-08-03' }, '2026-08-02', settings)).toBe(false);
    expect(isInShowWindow({ type: 'birthday', eventDate: '2026-08-03' }, '2026-08-03', settings)).toBe(true);
    expect(isInShowWindow({ type: 'jubilee', eventDate: '2026-08-03' }, '2026-07-20', settings)).toBe(true);
  });
});

describe('visibleEventDateRange', () => {
  it('covers every item that can show today with the default windows', () => {
    expect(visibleEventDateRange('2026-11-27')).toEqual({ from: '2026-09-28', to: '2026-12-11' });
    expect(visibleEventDateRange('2026-12-30', DEFAULT_NAVNENYT_SETTINGS, 16)).toEqual({ from: '2026-10-31', to: '2027-01-29' });
    // The edges really can show: a jubilee 14 days ahead, a new colleague capped at 60 days back.
    expect(isInShowWindow({ type: 'jubilee', eventDate: '2026-12-11' }, '2026-11-27')).toBe(true);
    expect(isInShowWindow({ type: 'memorial', eventDate: '2026-09-28', showUntil: '2026-12-31' }, '2026-11-27')).toBe(true);
    expect(isInShowWindow({ type: 'memorial', eventDate: '2026-09-27', showUntil: '2026-12-31' }, '2026-11-27')).toBe(false);
  });
});
