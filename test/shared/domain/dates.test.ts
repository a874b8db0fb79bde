import {
  addDays,
  capitalizeFirst,
  compareIsoDates,
  COPENHAGEN_TIME_ZONE,
  copenhagenToday,
  daysBetween,
  endOfIsoWeek,
  formatDayMonth,
  formatLongDate,
  formatLongDateWithoutYear,
  formatNumericDate,
  formatWeek,
  formatWeekday,
  fromSharePointDate,
  isIsoDate,
  isoWeek,
  isoWeekday,
  isWithin,
  parseIsoDate,
  startOfIsoWeek,
  toIsoDate,
  toSharePointDate,
} from '../../../src/shared/domain/dates';

describe('copenhagenToday', () => {
  it.each([
    // instant (UTC)                 Copenhagen calendar date   why it is tricky
    ['2026-11-26T22:59:59Z', '2026-11-26'], // 23:59:59 CET, still Thursday
    ['2026-11-26T23:00:00Z', '2026-11-27'], // midnight CET: already Friday although UTC says the 26th
    ['2026-07-31T21:59:59Z', '2026-07-31'], // 23:59:59 CEST
    ['2026-07-31T22:00:00Z', '2026-08-01'], // midnight CEST (UTC+2)
    ['2026-12-31T23:30:00Z', '2027-01-01'], // New Year in Copenhagen, still old year in UTC
    ['2026-03-29T00:30:00Z', '2026-03-29'], // DST starts 29 March 2026 at 02:00 → 03:00
    ['2026-03-29T22:00:00Z', '2026-03-30'], // first midnight after the spring change is 22:00 UTC
    ['2026-10-25T00:59:59Z', '2026-10-25'], // the repeated hour on 25 October 2026
    ['2026-10-25T22:59:59Z', '2026-10-25'], // last second of the 25-hour day
    ['2026-10-25T23:00:00Z', '2026-10-26'], // midnight after the autumn change is 23:00 UTC again
    ['2028-02-28T23:00:00Z', '2028-02-29'], // leap day
  ])('%s is %s in Copenhagen', (instant, expected) => {
    expect(copenhagenToday(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid instant instead of inventing a date', () => {
    expect(() => copenhagenToday(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('SharePoint date-only values', () => {
  it.each([
    ['2026-11-26T23:00:00Z', '2026-11-27'], // winter: local midnight is 23:00 UTC the day before
    ['2026-07-31T22:00:00Z', '2026-08-01'], // summer: 22:00 UTC the day before
    ['2026-03-28T23:00:00Z', '2026-03-29'], // DST change day itself starts at 23:00 UTC (still CET at midnight)
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    ['2026-10-24T22:00:00Z', '2026-10-25'], // autumn change day starts in summer time
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    ['1976-02-28T23:00:00Z', '1976-02-29'], // a leap-day birthday
    ['2026-11-27T00:00:00Z', '2026-11-27'], // a value written as UTC midnight still lands on the right day
    ['2026-11-26T23:00:00.000Z', '2026-11-27'],
    ['2026-11-27T00:00:00+01:00', '2026-11-27'],
    ['2026-11-27T00:00:00', '2026-11-27'], // no zone: already local
    ['2026-11-27', '2026-11-27'],
  ])('%s means %s', (value, expected) => {
    expect(fromSharePointDate(value, COPENHAGEN_TIME_ZONE)).toBe(expected);
  });

  it.each([[''], [null], [undefined], ['i går'], ['2026-02-30']])('%p gives no date', (value) => {
    expect(fromSharePointDate(value, COPENHAGEN_TIME_ZONE)).toBeUndefined();
  });

  it.each([
    ['2026-11-27', '2026-11-26T23:00:00Z'],
    ['2026-08-01', '2026-07-31T22:00:00Z'],
    ['2026-03-29', '2026-03-28T23:00:00Z'],
    ['2026-03-30', '2026-03-29T22:00:00Z'],
    ['2026-10-25', '2026-10-24T22:00:00Z'],
    ['2026-10-26', '2026-10-25T23:00:00Z'],
    ['2027-01-01', '2026-12-31T23:00:00Z'],
  ])('%s is stored as %s', (date, stored) => {
    expect(toSharePointDate(date, COPENHAGEN_TIME_ZONE)).toBe(stored);
    expect(fromSharePointDate(toSharePointDate(date, COPENHAGEN_TIME_ZONE), COPENHAGEN_TIME_ZONE)).toBe(date);
  });

  it('round-trips every day of a leap year', () => {
    let date = '2028-01-01';
    for (let i = 0; i < 366; i++) {
      expect(fromSharePointDate(toSharePointDate(date, COPENHAGEN_TIME_ZONE), COPENHAGEN_TIME_ZONE)).toBe(date);
      date = addDays(date, 1);
    }
    expect(date).toBe('2029-01-01');
  });

  it('uses the site time zone it is given', () => {
    expect(fromSharePointDate('2026-11-27T05:00:00Z', 'America/New_York')).toBe('2026-11-27');
    expect(toSharePointDate('2026-11-27', 'America/New_York')).toBe('2026-11-27T05:00:00Z');
  });
});

describe('parsing and arithmetic', () => {
  it('accepts only real calendar dates', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(parseIsoDate('27.11.2026')).toBeUndefined();
    expect(parseIsoDate('2026-11-27T00:00:00Z')).toBeUndefined();
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(() => toIsoDate(2026, 2, 29)).toThrow(RangeError);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-28', 1, '2026-03-29'], // across the spring DST change
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'], // across the 25-hour day
    ['2026-11-27', -14, '2026-11-13'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('counts and compares days', () => {
    expect(daysBetween('2026-12-24', '2027-01-07')).toBe(14);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(compareIsoDates('2026-11-27', '2026-11-28')).toBeLessThan(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(isWithin('2026-12-31', '2026-12-28', '2027-01-03')).toBe(true);
    expect(isWithin('2027-01-04', '2026-12-28', '2027-01-03')).toBe(false);
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-11-27', 2026, 48],
    ['2026-12-28', 2026, 53],
    ['2027-01-01', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2025-12-29', 2026, 1], // Monday 29 Dec 2025 belongs to week 1 of 2026
    ['2026-03-29', 2026, 13], // Sunday of the DST change
  ])('%s is in week %i-%i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });

  it('runs Monday to Sunday across the year end', () => {
    expect(isoWeekday('2026-11-27')).toBe(5);
    expect(startOfIsoWeek('2027-01-01')).toBe('2026-12-28');
    expect(endOfIsoWeek('2027-01-01')).toBe('2027-01-03');
    expect(startOfIsoWeek('2026-11-30')).toBe('2026-11-30');
    expect(endOfIsoWeek('2026-11-29')).toBe('2026-11-29');
    expect(formatWeek('2027-01-01')).toBe('uge 53');
    expect(formatWeek('2026-11-27', 'en')).toBe('week 48');
  });
});

describe('Danish formatting', () => {
  it.each([
    ['2026-11-27', 'fredag den 27. november 2026', 'fredag den 27. november', '27.11.2026'],
    ['2026-08-03', 'mandag den 3. august 2026', 'mandag den 3. august', '03.08.2026'],
    ['2026-03-29', 'søndag den 29. marts 2026', 'søndag den 29. marts', '29.03.2026'],
    ['2026-10-25', 'søndag den 25. oktober 2026', 'søndag den 25. oktober', '25.10.2026'],
    ['2027-01-01', 'fredag den 1. januar 2027', 'fredag den 1. januar', '01.01.2027'],
    ['2028-02-29', 'tirsdag den 29. februar 2028', 'tirsdag den 29. februar', '29.02.2028'],
  ])('%s → "%s"', (date, long, withoutYear, numeric) => {
    expect(formatLongDate(date)).toBe(long);
    expect(formatLongDateWithoutYear(date)).toBe(withoutYear);
    expect(formatNumericDate(date)).toBe(numeric);
  });

  it('never uses the slash form of date-fns P in Danish', () => {
    expect(formatNumericDate('2026-11-27')).not.toContain('/');
  });

  it('formats English variants', () => {
    expect(formatLongDate('2026-11-27', 'en')).toBe('Friday 27 November 2026');
    expect(formatLongDateWithoutYear('2026-08-03', 'en')).toBe('Monday 3 August');
    expect(formatNumericDate('2026-11-27', 'en')).toBe('27/11/2026');
    expect(formatDayMonth('2026-11-27')).toBe('27. november');
    expect(formatDayMonth('2026-11-27', 'en')).toBe('27 November');
    expect(formatWeekday('2026-11-27')).toBe('fredag');
  });

  it('capitalises only the first letter, for a sentence start', () => {
    expect(capitalizeFirst(formatLongDate('2026-11-27'))).toBe('Fredag den 27. november 2026');
    expect(capitalizeFirst('ærø')).toBe('Ærø');
    expect(capitalizeFirst('')).toBe('');
  });
});
