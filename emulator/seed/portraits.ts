import { addDays, toTimestamp } from './dates';
import { IDemoEmployee } from './employees';
import { fillText, genitiveDa } from './fill';
import { avatarImage, ISeedImage } from './images';
import { atWorkplace, PROFESSION_OF_TITLE, WORKPLACES } from './places';
import { PORTRAIT_TEXTS } from './portraitTexts';
import { hashString, IRandom } from './prng';
import { LinkedInStatus, Profession } from '../../src/features/portraits/domain/models';

export interface IDemoPortrait {
  readonly employeeIndex: number;
  readonly name: string;
  readonly profession: Profession;
  readonly jobTitle: string;
  readonly workplace: string;
  readonly area: string;
  readonly quote: string;
  readonly story: string;
  readonly photo: ISeedImage;
  readonly linkedInStatus: LinkedInStatus;
  readonly linkedInText?: string;
  readonly linkedInPostUrl?: string;
  readonly sharedAt?: string;
  readonly removedAt?: string;
  /** Facebook follows LinkedIn for every other portrait that is ready or shared there (no extra draws). */
  readonly facebookStatus: LinkedInStatus;
  readonly facebookPostUrl?: string;
  readonly facebookSharedAt?: string;
  readonly jobAdvertUrl: string;
}

export const JOB_ADVERT_BASE = 'https://www.norddjurs.dk/job/ledige-stillinger/';

/** How many portraits get each LinkedIn status (the rest are 'notShared'). */
const STATUS_COUNTS: readonly (readonly [LinkedInStatus, number])[] = [['shared', 8], ['readyToShare', 5], ['toRemove', 2], ['removed', 1]];

const PLURAL: Readonly<Record<Profession, string>> = {
  'Social- og sundhedsassistent': 'social- og sundhedsassistenter',
  'Social- og sundhedshjælper': 'social- og sundhedshjælpere',
  Pædagog: 'pædagoger',
  Pædagogmedhjælper: 'pædagogmedhjælpere',
  Lærer: 'lærere',
  Socialrådgiver: 'socialrådgivere',
  Sygeplejerske: 'sygeplejersker',
  Ergoterapeut: 'ergoterapeuter',
  Fysioterapeut: 'fysioterapeuter',
};

function linkedInText(e: IDemoEmployee, profession: Profession, quote: string, advert: string): string {
  return `Mød ${e.firstName}, ${e.jobTitle} ${atWorkplace(e.workplace)} i Norddjurs Kommune.\n\n»${quote}«\n\n` +
    `Vil du være ${genitiveDa(e.firstName)} kollega? Vi søger ${PLURAL[profession]} – se stillingen her: ${advert}\n\n` +
    '#Norddjurs #Djursland #velfærd #job #rekruttering';
}

export function generatePortraits(random: IRandom, employees: readonly IDemoEmployee[], today: string): IDemoPortrait[] {
  const kindOf = new Map(WORKPLACES.map((w) => [w.name, w.kind]));
  const used = new Set<number>();
  const pool = random.shuffle(employees.filter((e) => !e.endDate && e.startDate <= addDays(today, -365)));
  const statuses: LinkedInStatus[] = [];
  for (const [status, n] of STATUS_COUNTS) for (let i = 0; i < n; i++) statuses.push(status);
  while (statuses.length < PORTRAIT_TEXTS.length) statuses.push('notShared');
  const shuffled = random.shuffle(statuses);
  const portraits: IDemoPortrait[] = [];
  PORTRAIT_TEXTS.forEach((text, i) => {
    const fits = (e: IDemoEmployee): boolean => !used.has(e.index) && PROFESSION_OF_TITLE[e.jobTitle] === text.profession;
    const e = pool.find((x) => fits(x) && (!text.kind || kindOf.get(x.workplace) === text.kind)) ?? pool.find(fits);
    if (!e) return;
    used.add(e.index);
    const status = shuffled[i];
    const advert = `${JOB_ADVERT_BASE}${text.advertSlug}`;
    const shared = status === 'shared' || status === 'toRemove' || status === 'removed';
    const sharedDay = addDays(today, -random.int(3, 150));
    const activity = `72${String(hashString(e.email)).padStart(10, '0')}${String(i).padStart(7, '0')}`;
    const facebookStatus: LinkedInStatus = i % 2 === 0 && (status === 'shared' || status === 'readyToShare') ? status : 'notShared';
    portraits.push({
      employeeIndex: e.index,
      name: e.displayName,
      profession: text.profession,
      jobTitle: e.jobTitle,
      workplace: e.workplace,
      area: e.area,
      quote: text.quote,
      story: text.story.map((p) => fillText(p, e)).join('\n\n'),
      photo: avatarImage(`portraet-${e.index}`, e.displayName),
      linkedInStatus: status,
      linkedInText: status === 'notShared' ? undefined : linkedInText(e, text.profession, text.quote, advert),
      linkedInPostUrl: shared ? `https://www.linkedin.com/posts/norddjurs-kommune_velfaerd-job-activity-${activity}` : undefined,
      sharedAt: shared ? toTimestamp(sharedDay, 9) : undefined,
      removedAt: status === 'removed' ? toTimestamp(addDays(sharedDay, 2), 10) : undefined,
      facebookStatus,
      facebookPostUrl: facebookStatus === 'shared' ? `https://www.facebook.com/NorddjursKommune/posts/pfbid0${activity}` : undefined,
      facebookSharedAt: facebookStatus === 'shared' ? toTimestamp(sharedDay, 13) : undefined,
      jobAdvertUrl: advert,
    });
  });
  return portraits;
}
