/**
 * The pure demo-data generator: same seed + same `today` → identical data. No I/O, no clock.
 */
import { isIsoDate } from './dates';
import { generateEmployees, IDemoEmployee, plantEvents } from './employees';
import { ISeedImage } from './images';
import { generateNavnenyt, IDemoNavnenyt } from './navnenyt';
import { WORKPLACES } from './places';
import { generatePortraits, IDemoPortrait } from './portraits';
import { CONSENT_TEXT_VERSIONS, generatePrivacy, IDemoPrivacy } from './privacy';
import { createRandom } from './prng';
import { generateStories, IDemoStory } from './stories';

export const DEFAULT_SEED = 20_070_101;
export const DEFAULT_EMPLOYEE_COUNT = 3000;

/** A fixed account of the emulator's site file (demo employee, HR, communications, site owner). */
export interface IDemoAccount {
  readonly email: string;
  readonly title: string;
  readonly jobTitle?: string;
  readonly role?: string;
}

export interface IGenerateOptions {
  readonly today: string;
  readonly seed?: number;
  readonly employeeCount?: number;
  /** The emulator's fixed accounts: their e-mails are never reused; they get payroll rows too. */
  readonly accounts?: readonly IDemoAccount[];
}

export interface IDemoData {
  readonly today: string;
  readonly seed: number;
  /** Generated employees (site users to add), then the fixed accounts (already site users). */
  readonly employees: readonly IDemoEmployee[];
  /** Indexes (into `employees`) of the fixed accounts. */
  readonly accountIndexes: ReadonlySet<number>;
  readonly privacy: readonly IDemoPrivacy[];
  readonly navnenyt: readonly IDemoNavnenyt[];
  readonly stories: readonly IDemoStory[];
  readonly portraits: readonly IDemoPortrait[];
  /** Every image the items reference, once each. */
  readonly images: readonly ISeedImage[];
}

const ACCOUNT_WORKPLACE: Readonly<Record<string, string>> = {
  pædagog: 'Børnehuset Solsikken',
  'social- og sundhedsassistent': 'Hjemmeplejen Grenaa',
  'hr-konsulent': 'HR og Løn',
  kommunikationskonsulent: 'Økonomi og Analyse',
  intranetredaktør: 'Digitalisering og IT',
};

function accountEmployees(accounts: readonly IDemoAccount[], template: readonly IDemoEmployee[], firstIndex: number): IDemoEmployee[] {
  return accounts.map((account, i) => {
    const base = template[i % template.length];
    const jobTitle = (account.jobTitle ?? base.jobTitle).toLocaleLowerCase('da-DK').replace(/^hr-/, 'HR-');
    const place = WORKPLACES.find((w) => w.name === ACCOUNT_WORKPLACE[jobTitle.toLocaleLowerCase('da-DK')]) ?? WORKPLACES[0];
    const parts = account.title.split(' ');
    const index = firstIndex + i;
    return {
      ...base,
      index,
      employeeNumber: String(100000 + ((index * 7919 + 4243) % 900000)),
      firstName: parts[0],
      middleName: parts.length > 2 ? parts.slice(1, -1).join(' ') : undefined,
      lastName: parts[parts.length - 1],
      displayName: account.title,
      email: account.email.toLowerCase(),
      jobTitle,
      workplace: place.name,
      area: place.area,
      town: place.town,
      endDate: undefined,
      endReason: undefined,
    };
  });
}

/**
 * The first demo employee account has made its choices (to show withdrawing); the second has none yet
 * (to show the first visit to the self-service page).
 */
function withAccountChoices(
  privacy: IDemoPrivacy[],
  employees: readonly IDemoEmployee[],
  accounts: readonly IDemoAccount[],
  firstIndex: number,
): IDemoPrivacy[] {
  const employeeAccounts = accounts.map((a, i) => ({ a, index: firstIndex + i })).filter((x) => x.a.role === 'employee');
  const withChoices = employeeAccounts[0]?.index;
  const without = new Set(employeeAccounts.slice(1).map((x) => x.index));
  const result = privacy.filter((p) => !without.has(p.employeeIndex) && p.employeeIndex !== withChoices);
  if (withChoices !== undefined && employees[withChoices]) {
    const yes = { birthday: true, age: false, jubilee: true, newColleague: true, retirement: true, photo: true, portraitText: true };
    const no = { birthday: false, age: false, jubilee: false, newColleague: false, retirement: false, photo: false, portraitText: false };
    result.push({ employeeIndex: withChoices, choices: { intranet: yes, linkedIn: no, facebook: no }, consentTextVersion: CONSENT_TEXT_VERSIONS[1], registeredBy: 'Selvbetjening' });
  }
  return result;
}

export function generateDemoData(options: IGenerateOptions): IDemoData {
  const { today } = options;
  if (!isIsoDate(today)) throw new Error(`today must be YYYY-MM-DD, got ${today}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const root = createRandom(seed);
  const accounts = options.accounts ?? [];
  const generated = generateEmployees(root.fork('employees'), {
    count: options.employeeCount ?? DEFAULT_EMPLOYEE_COUNT,
    today,
    reservedEmails: accounts.map((a) => a.email),
  });
  plantEvents(root.fork('events'), generated, today);
  // The fixed accounts borrow dates from ordinary (not planted) colleagues, so they stay out of the news.
  const quiet = generated.filter((e) => !e.endDate && e.startDate < today).slice(-accounts.length - 1);
  const employees = [...generated, ...accountEmployees(accounts, quiet, generated.length)];
  const accountIndexes = new Set(employees.slice(generated.length).map((e) => e.index));

  const portraits = generatePortraits(root.fork('portraits'), generated, today);
  const portraitStatus = new Map(portraits.map((p) => [p.employeeIndex, p.linkedInStatus]));
  const privacy = withAccountChoices(generatePrivacy(root.fork('privacy'), employees, portraitStatus), employees, accounts, generated.length);
  const privacyByIndex = new Map(privacy.map((p) => [p.employeeIndex, p]));
  const navnenyt = generateNavnenyt(root.fork('navnenyt'), generated, privacyByIndex, today);
  const stories = generateStories(root.fork('stories'), generated, privacyByIndex, today);

  const images = new Map<string, ISeedImage>();
  for (const image of [
    ...navnenyt.map((n) => n.photo),
    ...portraits.map((p) => p.photo),
    ...stories.map((s) => s.hero),
  ]) {
    if (image) images.set(image.fileName, image);
  }
  return { today, seed, employees, accountIndexes, privacy, navnenyt, stories, portraits, images: [...images.values()] };
}
