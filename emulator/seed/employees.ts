/**
 * The demo workforce: about 3,000 employees with Danish names, e-mails, payroll numbers, birth, start and
 * seniority dates, job titles and workplaces. Pure and deterministic: same random source and `today` → same people.
 */
import { addDays, addYears, firstOfMonth, formatDate, fullYears, lastOfMonth, toDayNumber } from './dates';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, MIDDLE_NAMES, SURNAMES, toAscii } from './names';
import { IWorkplace, JOB_TITLES, WORKPLACES, WorkplaceKind } from './places';
import { IRandom } from './prng';

export const EMAIL_DOMAIN = 'norddjurs.dk';

export type EndReason = 'retirement' | 'farewell' | 'memorial';

export interface IDemoEmployee {
  readonly index: number;
  readonly employeeNumber: string;
  readonly firstName: string;
  readonly middleName?: string;
  readonly lastName: string;
  readonly displayName: string;
  readonly email: string;
  readonly gender: 'f' | 'm';
  birthDate: string;
  seniorityDate: string;
  startDate: string;
  endDate?: string;
  endReason?: EndReason;
  readonly jobTitle: string;
  readonly workplace: string;
  readonly area: string;
  readonly town: string;
}

export interface IEmployeeOptions {
  readonly count: number;
  readonly today: string;
  /** E-mails already taken (the emulator's fixed demo accounts). */
  readonly reservedEmails?: readonly string[];
}

const FEMALE_SHARE: Partial<Record<WorkplaceKind, number>> = {
  homecare: 0.9, nursinghome: 0.9, nursing: 0.93, rehab: 0.75, daycare: 0.85, school: 0.68, family: 0.85,
  cleaning: 0.85, roads: 0.1, planning: 0.5, it: 0.3, citizen: 0.75, library: 0.7,
};

/** Draws from the front of a list more often (a rough Zipf-like popularity). */
function popular<T>(random: IRandom, items: readonly T[]): T {
  const r = random.next();
  return items[Math.floor(r * r * items.length)];
}

function drawName(random: IRandom, gender: 'f' | 'm'): { first: string; middle?: string; last: string } {
  const first = popular(random, gender === 'f' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  let last = popular(random, SURNAMES);
  if (random.chance(0.06)) {
    let other = popular(random, SURNAMES);
    if (other === last) other = 'Østergaard';
    last = `${last}-${other}`;
  }
  const middle = random.chance(0.22) ? random.pick(MIDDLE_NAMES) : undefined;
  return { first, middle: middle === last ? undefined : middle, last };
}

function uniqueEmail(taken: Set<string>, first: string, middle: string | undefined, last: string): string {
  const base = `${toAscii(first)}.${toAscii(last)}`;
  const candidates = [base];
  if (middle) candidates.push(`${toAscii(first)}.${toAscii(middle)}.${toAscii(last)}`);
  for (const local of candidates) {
    const email = `${local}@${EMAIL_DOMAIN}`;
    if (!taken.has(email)) {
      taken.add(email);
      return email;
    }
  }
  for (let n = 2; ; n++) {
    const email = `${base}${n}@${EMAIL_DOMAIN}`;
    if (!taken.has(email)) {
      taken.add(email);
      return email;
    }
  }
}

const AGE_BUCKETS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 24], 6], [[25, 34], 20], [[35, 44], 24], [[45, 54], 26], [[55, 62], 18], [[63, 67], 6],
];

const TENURE_BUCKETS: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 2], 24], [[2, 5], 20], [[5, 10], 20], [[10, 20], 20], [[20, 30], 11], [[30, 46], 5],
];

/** Most Danish employments start on the 1st of a month, some on the 15th. */
function startDay(random: IRandom, iso: string): string {
  const r = random.next();
  if (r < 0.72) return firstOfMonth(iso);
  if (r < 0.82) return `${iso.slice(0, 8)}15`;
  return iso;
}

function pickWorkplace(random: IRandom): IWorkplace {
  return random.weighted(WORKPLACES.map((w) => [w, w.size] as const));
}

export function generateEmployees(random: IRandom, options: IEmployeeOptions): IDemoEmployee[] {
  const { count, today } = options;
  const taken = new Set<string>((options.reservedEmails ?? []).map((e) => e.toLowerCase()));
  const todayDay = toDayNumber(today);
  const employees: IDemoEmployee[] = [];
  for (let index = 0; index < count; index++) {
    const place = pickWorkplace(random);
    const gender: 'f' | 'm' = random.chance(FEMALE_SHARE[place.kind] ?? 0.6) ? 'f' : 'm';
    const name = drawName(random, gender);
    const jobTitle = random.weighted(JOB_TITLES[place.kind]);
    const [ageMin, ageMax] = random.weighted(AGE_BUCKETS);
    let age = random.int(ageMin, ageMax);
    if (jobTitle.startsWith('elev')) age = random.int(18, 40);
    const birthDate = formatDate(todayDay - age * 365 - random.int(0, 364) - Math.floor(age / 4));
    const [tMin, tMax] = random.weighted(TENURE_BUCKETS);
    const earliestStart = addYears(birthDate, 18);
    let startDate = startDay(random, formatDate(todayDay - Math.round((tMin + random.next() * (tMax - tMin)) * 365.25)));
    if (startDate < earliestStart) startDate = startDay(random, addDays(earliestStart, random.int(0, 700)));
    if (startDate > today) startDate = firstOfMonth(today);
    let seniorityDate = startDate;
    if (random.chance(0.14)) {
      // Earlier public employment counts towards the jubilee (HR's seniority date).
      const earlier = addYears(startDate, -random.int(1, 14));
      seniorityDate = earlier < earliestStart ? startDate : firstOfMonth(earlier);
    }
    const displayName = [name.first, name.middle, name.last].filter(Boolean).join(' ');
    employees.push({
      index,
      employeeNumber: String(100000 + ((index * 7919 + 4243) % 900000)),
      firstName: name.first,
      middleName: name.middle,
      lastName: name.last,
      displayName,
      email: uniqueEmail(taken, name.first, name.middle, name.last),
      gender,
      birthDate,
      seniorityDate,
      startDate,
      jobTitle,
      workplace: place.name,
      area: place.area,
      town: place.town,
    });
  }
  return employees;
}

/** The window of navnenyt around `today`: three weeks back, five weeks ahead. */
export function newsWindow(today: string): { from: string; to: string } {
  return { from: addDays(today, -21), to: addDays(today, 35) };
}

function inWindow(date: string, window: { from: string; to: string }): boolean {
  return date >= window.from && date <= window.to;
}

/** The date within the window (or undefined) on which someone born/seniored at `base` completes `years` years. */
export function anniversaryIn(base: string, years: number, window: { from: string; to: string }): string | undefined {
  const date = addYears(base, years);
  return inWindow(date, window) ? date : undefined;
}

/**
 * Plants life events in the weeks around `today`, so the demo always shows every kind of navnenyt:
 * round birthdays (incl. a 70th), jubilees of 25, 40 and 50 years, new colleagues, retirements, farewells and one death.
 * Adjusts the people's dates consistently (birth, seniority, start and end dates all agree).
 */
export function plantEvents(random: IRandom, employees: IDemoEmployee[], today: string): void {
  const window = newsWindow(today);
  const used = new Set<number>();
  const pool = random.shuffle(employees);
  const take = (accept: (e: IDemoEmployee) => boolean): IDemoEmployee | undefined => {
    const found = pool.find((e) => !used.has(e.index) && !e.endDate && accept(e));
    if (found) used.add(found.index);
    return found;
  };
  const dayIn = (from: number, to: number): string => addDays(today, random.int(from, to));
  const age = (e: IDemoEmployee): number => fullYears(e.birthDate, today);
  const countBirthdays = (years: number): number => employees.filter((e) => anniversaryIn(e.birthDate, years, window)).length;
  const countJubilees = (years: number): number => employees.filter((e) => anniversaryIn(e.seniorityDate, years, window)).length;

  for (const years of [50, 60, 70]) {
    for (let n = countBirthdays(years); n < (years === 70 ? 2 : 3); n++) {
      const e = take((x) => Math.abs(age(x) - years) <= 3 && fullYears(x.birthDate, x.seniorityDate) >= 21);
      if (!e) break;
      e.birthDate = addYears(dayIn(-18, 33), -years);
    }
  }
  for (const years of [25, 40, 50]) {
    for (let n = countJubilees(years); n < (years === 50 ? 1 : 3); n++) {
      const e = take((x) => age(x) >= years + 17 && age(x) <= years + 25);
      if (!e) break;
      const day = dayIn(-14, 33);
      const date = random.chance(0.5) && firstOfMonth(day) >= window.from ? firstOfMonth(day) : day;
      e.seniorityDate = addYears(date, -years);
      if (e.startDate < e.seniorityDate || random.chance(0.6)) e.startDate = e.seniorityDate;
    }
  }
  // New colleagues: people who started in the last three weeks or start within the next four.
  const startDays: string[] = [];
  for (let d = -21; d <= 28; d++) {
    const date = addDays(today, d);
    if (date.endsWith('-01') || date.endsWith('-15')) startDays.push(date);
  }
  for (let n = 0; n < 18; n++) {
    const e = take((x) => fullYears(x.startDate, today) <= 2 && x.jobTitle !== 'leder');
    if (!e) break;
    e.startDate = startDays[n % startDays.length];
    e.seniorityDate = n === 3 ? addYears(e.startDate, -6) : e.startDate;
  }
  // Retirements at the end of a month, farewells, and one death.
  for (let n = 0; n < 5; n++) {
    const e = take((x) => age(x) >= 63 && age(x) <= 67 && fullYears(x.startDate, today) >= 8);
    if (!e) break;
    e.endDate = n < 2 ? lastOfMonth(today) : dayIn(-20, 34);
    e.endReason = 'retirement';
  }
  for (let n = 0; n < 4; n++) {
    const e = take((x) => age(x) < 60 && fullYears(x.startDate, today) >= 3);
    if (!e) break;
    e.endDate = dayIn(-20, 34);
    e.endReason = 'farewell';
  }
  const deceased = take((x) => age(x) >= 45 && age(x) < 62 && fullYears(x.startDate, today) >= 12);
  if (deceased) {
    deceased.endDate = dayIn(-12, -5);
    deceased.endReason = 'memorial';
  }
}
