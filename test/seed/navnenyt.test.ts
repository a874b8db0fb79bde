import { DEFAULT_RETENTION_DAYS, isDueForDeletion } from '../../src/features/navnenyt/domain/retention';
import { ageOn, jubileeDate } from '../../src/features/navnenyt/domain/navnenyt';
import { addDays, addYears, fullYears } from '../../emulator/seed/dates';
import { generateDemoData, IDemoData } from '../../emulator/seed/generate';
import { IDemoNavnenyt, JUBILEES, ROUND_BIRTHDAYS } from '../../emulator/seed/navnenyt';
import { NAVNENYT_TYPES } from '../../src/features/navnenyt/domain/models';

const TODAYS = ['2026-11-27', '2027-01-04', '2028-02-29', '2026-07-01'];
const cache = new Map<string, IDemoData>();
const dataFor = (today: string): IDemoData => {
  const found = cache.get(today);
  if (found) return found;
  const data = generateDemoData({ today });
  cache.set(today, data);
  return data;
};

describe.each(TODAYS)('navnenyt around %s', (today) => {
  const data = dataFor(today);
  const items = data.navnenyt;
  const employee = (n: IDemoNavnenyt): IDemoData['employees'][number] => data.employees[n.employeeIndex];

  it('covers every type in the weeks around today', () => {
    const types = new Set(items.map((n) => n.type));
    for (const type of NAVNENYT_TYPES) expect(types.has(type)).toBe(true);
    expect(items.filter((n) => n.type === 'memorial')).toHaveLength(1);
    expect(items.length).toBeGreaterThan(25);
    expect(items.length).toBeLessThan(120);
  });

  it('dates everything from three weeks back to five weeks ahead, but for eight old items past the retention period', () => {
    const outside = items.filter((n) => n.eventDate < addDays(today, -21) || n.eventDate > addDays(today, 35));
    expect(outside.length).toBe(8);
    for (const old of outside) {
      expect(old.eventDate >= addDays(today, -210) && old.eventDate <= addDays(today, -120)).toBe(true);
      expect(isDueForDeletion(old, today, DEFAULT_RETENTION_DAYS)).toBe(true);
    }
    expect(items.some((n) => n.eventDate < today)).toBe(true);
    expect(items.some((n) => n.eventDate > today)).toBe(true);
  });

  it('has round birthdays (50, 60 and 70) that are round ages on the event date, per the birth date in Medarbejdere', () => {
    const birthdays = items.filter((n) => n.type === 'birthday' && n.years !== undefined);
    expect(new Set(birthdays.map((n) => n.years))).toEqual(new Set(ROUND_BIRTHDAYS));
    const wrong = birthdays.filter((n) => ageOn(employee(n).birthDate, n.eventDate) !== n.years || addYears(employee(n).birthDate, n.years ?? 0) !== n.eventDate);
    expect(wrong).toEqual([]);
  });

  it('stores an age only for those who said yes to it, and a photo only with a yes to photos', () => {
    const privacy = new Map(data.privacy.map((p) => [p.employeeIndex, p]));
    const ageWithoutYes = items.filter((n) => n.type === 'birthday' && n.years !== undefined && !privacy.get(n.employeeIndex)?.choices.intranet.age);
    expect(ageWithoutYes).toEqual([]);
    expect(items.some((n) => n.type === 'birthday' && n.years === undefined)).toBe(true);
    expect(items.filter((n) => n.photo && !privacy.get(n.employeeIndex)?.choices.intranet.photo)).toEqual([]);
  });

  it('has jubilees of 25, 40 and 50 years that match the seniority dates, not the start dates', () => {
    const jubilees = items.filter((n) => n.type === 'jubilee');
    expect(new Set(jubilees.map((n) => n.years))).toEqual(new Set(JUBILEES));
    const wrong = jubilees.filter((n) => jubileeDate(employee(n).seniorityDate, n.years ?? 0) !== n.eventDate);
    expect(wrong).toEqual([]);
  });

  it('welcomes new colleagues on their start date, and says farewell on the end date', () => {
    for (const n of items.filter((x) => x.type === 'newColleague')) expect(n.eventDate).toBe(employee(n).startDate);
    for (const n of items.filter((x) => x.type === 'retirement' || x.type === 'farewell' || x.type === 'memorial')) {
      expect(n.eventDate).toBe(employee(n).endDate);
      expect(n.years).toBe(fullYears(employee(n).seniorityDate, n.eventDate));
    }
  });

  it('is mostly approved, with a handful pending and one rejected with a comment', () => {
    const approved = items.filter((n) => n.approval === 'approved');
    const pending = items.filter((n) => n.approval === 'pending');
    const rejected = items.filter((n) => n.approval === 'rejected');
    expect(approved.length).toBeGreaterThan(items.length / 2);
    expect(pending.length).toBeGreaterThanOrEqual(3);
    expect(pending.length).toBeLessThanOrEqual(8);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].approvalComment).toMatch(/\w{3,}/);
    for (const n of approved) expect(n.consentConfirmed).toBe(true);
  });

  it('shows each item in a window around its event date, and some with photos', () => {
    for (const n of items) {
      expect(n.showFrom <= n.eventDate).toBe(true);
      expect(n.showUntil >= n.eventDate).toBe(true);
    }
    expect(items.filter((n) => n.photo).length).toBeGreaterThan(3);
    expect(items.find((n) => n.type === 'memorial')?.photo).toBeUndefined();
  });

  it('honours the privacy choices: no item against them but the one withdrawn after approval, no age for those who opted out', () => {
    const privacy = new Map(data.privacy.map((p) => [p.employeeIndex, p]));
    const category = { birthday: 'birthday', jubilee: 'jubilee', newColleague: 'newColleague', retirement: 'retirement', farewell: 'retirement' } as const;
    const against = items.filter((n) => {
      if (n.type === 'memorial') return false;
      const p = privacy.get(n.employeeIndex);
      return !p || !p.choices.intranet[category[n.type]];
    });
    expect(against.every((n) => n.withdrawnAfterApproval && n.approval === 'approved')).toBe(true);
    expect(against.length).toBeLessThanOrEqual(1);
    const ageLeaks = items.filter(
      (n) => n.type === 'birthday' && n.approval !== 'rejected' && !privacy.get(n.employeeIndex)?.choices.intranet.age && n.message.includes(String(n.years)),
    );
    expect(ageLeaks).toEqual([]);
  });

  it('writes warm Danish messages that name the person and the date', () => {
    for (const n of items) {
      expect(n.message.length).toBeGreaterThan(60);
      expect(n.message).toContain(employee(n).firstName);
    }
    const memorial = items.find((n) => n.type === 'memorial');
    // The reader's sentence opens "Det er med sorg, …"; the agreed text must not say it twice.
    expect(memorial?.message).toMatch(/Æret være .* minde\.$/);
    expect(memorial?.message).not.toMatch(/Det er med sorg/);
    expect(memorial?.message).not.toMatch(/sygdom|kræft|ulykke/i);
  });
});
