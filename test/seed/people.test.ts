import { addYears, fullYears, isIsoDate } from '../../emulator/seed/dates';
import { generateDemoData, IDemoData } from '../../emulator/seed/generate';
import { initialsOf, toAscii } from '../../emulator/seed/names';
import { AREA_NAMES, TOWNS, WORKPLACES } from '../../emulator/seed/places';
import { createRandom } from '../../emulator/seed/prng';
import site from '../../emulator/site.json';

const TODAY = '2026-11-27';
const accounts = site.users.map((u) => ({ ...u, email: u.email.toLowerCase() }));
const data: IDemoData = generateDemoData({ today: TODAY, accounts });
const generated = data.employees.filter((e) => !data.accountIndexes.has(e.index));

describe('the seeded random source', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: number): number[] => {
      const r = createRandom(seed);
      return Array.from({ length: 5 }, () => r.int(0, 1_000_000));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });
});

describe('determinism', () => {
  it('gives identical data for the same seed and today', () => {
    expect(generateDemoData({ today: TODAY, accounts })).toEqual(data);
  });

  it('gives other people for another seed', () => {
    const other = generateDemoData({ today: TODAY, seed: 7, employeeCount: 200 });
    expect(other.employees.slice(0, 20).map((e) => e.displayName)).not.toEqual(data.employees.slice(0, 20).map((e) => e.displayName));
  });

  it('rejects a today that is not YYYY-MM-DD', () => {
    expect(() => generateDemoData({ today: '27.11.2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => generateDemoData({ today: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('the workforce', () => {
  it('has about 3,000 employees plus the fixed demo accounts', () => {
    expect(generated).toHaveLength(3000);
    expect(data.accountIndexes.size).toBe(site.users.length);
  });

  it('has Danish names with æ, ø, å, hyphenated surnames and the odd Aa-, é, ü and apostrophe', () => {
    const names = generated.map((e) => e.displayName);
    for (const letter of ['æ', 'ø', 'å', 'Ø']) expect(names.some((n) => n.includes(letter))).toBe(true);
    expect(generated.filter((e) => e.lastName.includes('-')).length).toBeGreaterThan(60);
    expect(generated.filter((e) => e.middleName).length).toBeGreaterThan(300);
    expect(names.some((n) => /\bAa/.test(n))).toBe(true);
    expect(names.some((n) => n.includes('é'))).toBe(true);
    expect(names.some((n) => n.includes('ü'))).toBe(true);
    expect(names.some((n) => n.includes("'"))).toBe(true);
    // Popular names are popular: not 3,000 unique ones, and not just a handful.
    const surnames = new Set(generated.map((e) => e.lastName));
    expect(surnames.size).toBeGreaterThan(100);
  });

  it('has unique ASCII e-mails on norddjurs.dk that never reuse a demo account', () => {
    const emails = data.employees.map((e) => e.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const e of generated) expect(e.email).toMatch(/^[a-z0-9.-]+@norddjurs\.dk$/);
    const accountEmails = new Set(accounts.map((a) => a.email));
    expect(generated.filter((e) => accountEmails.has(e.email))).toEqual([]);
  });

  it('transliterates Danish letters in e-mails', () => {
    expect(toAscii('Søren Ærø-Åstrup')).toBe('soeren-aeroe-aastrup');
    expect(toAscii("O'Neill")).toBe('oneill');
    expect(toAscii('Renée Müller')).toBe('renee-mueller');
    expect(initialsOf('Anne Hansen-Østergaard')).toBe('AH');
    expect(initialsOf('Åse Lund Ørsted')).toBe('ÅØ');
  });

  it('has unique employee numbers', () => {
    const numbers = data.employees.map((e) => e.employeeNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toMatch(/^\d{6}$/);
  });

  it('has consistent dates: born 15+ years before the seniority date, seniority on or before the start', () => {
    const wrong = data.employees.filter((e) => {
      const age = fullYears(e.birthDate, TODAY);
      return (
        ![e.birthDate, e.seniorityDate, e.startDate].every(isIsoDate) ||
        e.seniorityDate > e.startDate ||
        fullYears(e.birthDate, e.seniorityDate) < 15 ||
        (e.endDate !== undefined && e.endDate <= e.startDate) ||
        age < 18 ||
        age > 72
      );
    });
    expect(wrong).toEqual([]);
  });

  it('has earlier seniority than start date for some (HR counts earlier public employment)', () => {
    const earlier = generated.filter((e) => e.seniorityDate < e.startDate).length;
    expect(earlier).toBeGreaterThan(150);
    expect(earlier).toBeLessThan(900);
  });

  it('has a few end dates: retirements, farewells and one death', () => {
    const ended = generated.filter((e) => e.endDate);
    expect(ended.length).toBeGreaterThanOrEqual(5);
    expect(ended.length).toBeLessThan(30);
    expect(ended.filter((e) => e.endReason === 'memorial')).toHaveLength(1);
    for (const e of ended.filter((x) => x.endReason === 'retirement')) expect(fullYears(e.birthDate, e.endDate ?? '')).toBeGreaterThanOrEqual(62);
  });

  it('spreads people over every town, area and workplace, with realistic job titles', () => {
    const towns = new Set(generated.map((e) => e.town));
    for (const town of TOWNS) expect(towns.has(town)).toBe(true);
    const areas = new Set(generated.map((e) => e.area));
    for (const area of AREA_NAMES) expect(areas.has(area)).toBe(true);
    expect(new Set(generated.map((e) => e.workplace)).size).toBe(WORKPLACES.length);
    const titles = new Set(generated.map((e) => e.jobTitle));
    for (const t of ['social- og sundhedsassistent', 'pædagog', 'lærer', 'socialrådgiver', 'sygeplejerske', 'ergoterapeut', 'vejmand', 'IT-konsulent', 'sagsbehandler', 'rengøringsassistent']) {
      expect(titles.has(t)).toBe(true);
    }
  });

  it('gives the demo accounts payroll rows under their own names', () => {
    const accountRows = data.employees.filter((e) => data.accountIndexes.has(e.index));
    expect(accountRows.map((e) => e.email).sort()).toEqual(accounts.map((a) => a.email).sort());
    const sofie = accountRows.find((e) => e.displayName === 'Sofie Andersen');
    expect(sofie?.jobTitle).toBe('social- og sundhedsassistent');
  });

  it('keeps 29 February birthdays valid in common years', () => {
    expect(addYears('1976-02-29', 50)).toBe('2026-02-28');
    expect(addYears('1976-02-29', 52)).toBe('2028-02-29');
  });
});
