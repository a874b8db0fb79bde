import {
  danishPublicHolidays,
  easterSunday,
  GRUNDLOVSDAG,
  isPublicHoliday,
  isWorkingDay,
  JULEAFTENSDAG,
  nextWorkingDay,
  NYTAARSAFTENSDAG,
  publicHolidayOn,
} from '../../../src/shared/domain/holidays';

describe('Easter (computus)', () => {
  it.each([
    [2008, '2008-03-23'], // early Easter
    [2011, '2011-04-24'], // late Easter
    [2019, '2019-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('Danish public holidays', () => {
  it('lists 2026 with store bededag gone', () => {
    expect(danishPublicHolidays(2026).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-01-01 nytårsdag',
      '2026-04-02 skærtorsdag',
      '2026-04-03 langfredag',
      '2026-04-05 påskedag',
      '2026-04-06 2. påskedag',
      '2026-05-14 Kristi himmelfartsdag',
      '2026-05-24 pinsedag',
      '2026-05-25 2. pinsedag',
      '2026-12-25 juledag',
      '2026-12-26 2. juledag',
    ]);
  });

  it('has store bededag only before 2024', () => {
    expect(publicHolidayOn('2023-05-05')?.name).toBe('store bededag');
    expect(publicHolidayOn('2022-05-13')?.name).toBe('store bededag');
    expect(isPublicHoliday('2024-04-26')).toBe(false);
    expect(isPublicHoliday('2026-05-01')).toBe(false);
    expect(danishPublicHolidays(2023)).toHaveLength(11);
    expect(danishPublicHolidays(2024)).toHaveLength(10);
  });

  it('does not count grundlovsdag, juleaftensdag or nytårsaftensdag as public holidays', () => {
    expect(isPublicHoliday('2026-06-05')).toBe(false);
    expect(isPublicHoliday('2026-12-24')).toBe(false);
    expect(isPublicHoliday('2026-12-31')).toBe(false);
    expect(isWorkingDay('2026-06-05')).toBe(true);
  });

  it('treats the municipality’s extra closed days as closed when passed in', () => {
    const closed = [GRUNDLOVSDAG, JULEAFTENSDAG, NYTAARSAFTENSDAG];
    expect(isWorkingDay('2026-06-05', closed)).toBe(false);
    expect(isWorkingDay('2026-12-24', closed)).toBe(false);
    expect(isWorkingDay('2026-05-15', ['2026-05-15'])).toBe(false); // a one-off closed day (fixed date)
    expect(isWorkingDay('2027-05-15', ['2026-05-15'])).toBe(false); // 15 May 2027 is a Saturday anyway
    expect(isWorkingDay('2026-05-18', ['2026-05-15'])).toBe(true);
  });
});

describe('nextWorkingDay (jubilee reception day)', () => {
  it.each([
    ['2026-11-27', '2026-11-27', 'a Friday that is a working day'],
    ['2026-08-01', '2026-08-03', 'Saturday → Monday'],
    ['2026-08-02', '2026-08-03', 'Sunday → Monday'],
    ['2026-04-02', '2026-04-07', 'skærtorsdag → past langfredag, Easter and 2. påskedag'],
    ['2026-05-14', '2026-05-15', 'Kristi himmelfartsdag → the Friday after'],
    ['2026-05-23', '2026-05-26', 'Saturday before Whitsun → Tuesday after 2. pinsedag'],
    ['2026-12-25', '2026-12-28', 'juledag (Friday) → Monday'],
    ['2026-12-26', '2026-12-28', '2. juledag (Saturday) → Monday'],
    ['2027-01-01', '2027-01-04', 'nytårsdag (Friday) → Monday'],
    ['2023-05-05', '2023-05-08', 'store bededag 2023 → Monday'],
    ['2024-04-26', '2024-04-26', 'the former store bededag 2024 is a working day'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(nextWorkingDay(date)).toBe(expected);
  });

  it('skips extra closed days too', () => {
    expect(nextWorkingDay('2026-12-24', [JULEAFTENSDAG])).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-24');
    expect(nextWorkingDay('2026-06-05', [GRUNDLOVSDAG])).toBe('2026-06-08');
  });

  it('refuses a setting that closes every day instead of looping forever', () => {
    const everyDay: string[] = [];
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= 31; d++) {
        everyDay.push(`${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      }
    }
    expect(() => nextWorkingDay('2026-01-05', everyDay)).toThrow(RangeError);
  });
});
