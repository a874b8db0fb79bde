import { defaultShowWindow, receptionDay } from '../../src/features/navnenyt/domain/navnenyt';
import { addDays, formatDayMonthDa, formatLongDa, fullYears } from './dates';
import { anniversaryIn, IDemoEmployee, newsWindow } from './employees';
import { genitiveDa } from './fill';
import { avatarImage, ISeedImage } from './images';
import { atWorkplace } from './places';
import { allowsIntranet, IDemoPrivacy } from './privacy';
import { IRandom } from './prng';
import { NavnenytType } from '../../src/features/navnenyt/domain/models';

export type SeedApproval = 'approved' | 'pending' | 'rejected';

export interface IDemoNavnenyt {
  readonly type: NavnenytType;
  readonly employeeIndex: number;
  readonly name: string;
  readonly eventDate: string;
  /** Jubilee years, years of service, or the age: a birthday carries the age only with the person's yes to it. */
  readonly years?: number;
  readonly jobTitle: string;
  readonly workplace: string;
  readonly area: string;
  message: string;
  readonly photo?: ISeedImage;
  readonly showFrom: string;
  readonly showUntil: string;
  consentConfirmed: boolean;
  approval: SeedApproval;
  approvalComment?: string;
  /** Approved earlier; the person has since withdrawn consent, so readers' web parts must hide it. */
  readonly withdrawnAfterApproval?: boolean;
}

export const ROUND_BIRTHDAYS: readonly number[] = [50, 60, 70];
export const JUBILEES: readonly number[] = [25, 40, 50];
const MAX_NEW_COLLEAGUES = 20;

interface ICandidate {
  readonly type: NavnenytType;
  readonly e: IDemoEmployee;
  readonly date: string;
  readonly years?: number;
}

function candidates(employees: readonly IDemoEmployee[], today: string, window = newsWindow(today)): ICandidate[] {
  const found: ICandidate[] = [];
  for (const e of employees) {
    const active = (date: string): boolean => (!e.endDate || e.endDate >= date) && e.startDate <= date;
    for (const years of ROUND_BIRTHDAYS) {
      const date = anniversaryIn(e.birthDate, years, window);
      if (date && active(date) && e.endReason !== 'memorial') found.push({ type: 'birthday', e, date, years });
    }
    for (const years of JUBILEES) {
      const date = anniversaryIn(e.seniorityDate, years, window);
      if (date && active(date) && e.endReason !== 'memorial') found.push({ type: 'jubilee', e, date, years });
    }
    if (e.startDate >= window.from && e.startDate <= window.to && e.seniorityDate === e.startDate) {
      found.push({ type: 'newColleague', e, date: e.startDate });
    }
    if (e.endDate && e.endReason && e.endDate >= window.from && e.endDate <= window.to) {
      found.push({ type: e.endReason, e, date: e.endDate, years: fullYears(e.seniorityDate, e.endDate) });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.e.index - b.e.index);
}

const CATEGORY: Readonly<Record<NavnenytType, 'birthday' | 'jubilee' | 'newColleague' | 'retirement' | undefined>> = {
  birthday: 'birthday',
  jubilee: 'jubilee',
  newColleague: 'newColleague',
  retirement: 'retirement',
  farewell: 'retirement',
  memorial: undefined,
};

function message(random: IRandom, c: ICandidate, today: string, showAge: boolean): string {
  const { e, date, years } = c;
  const first = e.firstName;
  const when = formatLongDa(date);
  const past = date < today;
  const at = atWorkplace(e.workplace);
  switch (c.type) {
    case 'birthday':
      return showAge
        ? random.pick([
            `${first} fylder ${years} år ${when}. Kom forbi ${e.workplace} og sig tillykke – der er kage i kaffestuen kl. 14.`,
            `Stort tillykke til ${first}, der runder ${years} ${when}. Vi glæder os til at fejre dig med flag og rundstykker!`,
            `${years} år og stadig den, der altid har tid til en god snak. Hjertelig tillykke, ${first}, fra alle kollegerne ${at}.`,
          ])
        : random.pick([
            `${first} har fødselsdag ${when}, og det skal fejres! Tillykke fra alle kollegerne ${at}.`,
            `Hjertelig tillykke med den runde dag, ${first}. Vi håber, du får en dejlig dag – med kage, selvfølgelig.`,
          ]);
    case 'jubilee': {
      const reception = receptionDay(date);
      const receptionText = reception === date ? 'samme dag' : formatLongDa(reception);
      // The reader's own sentence already says who, what and when: HR's message adds what only HR knows.
      return `Der holdes reception ${receptionText} kl. 13, og alle er velkomne. ` +
        random.pick([
          `Tak for ${years} år med faglighed, godt humør og et stort hjerte, ${first}. Tillykke!`,
          `${first} er kendt for sin ro og sin lyst til at hjælpe nye kolleger godt i gang. Tillykke!`,
          `Kollegerne kalder ${first} en kulturbærer – og det er ikke for sjov. Tillykke med dagen!`,
        ]);
    }
    case 'newColleague':
      return `${first} ${past ? 'er startet' : 'starter'} den ${formatDayMonthDa(date)} og bliver en del af teamet ${at}. ` +
        random.pick([
          `Tag godt imod ${first}, hvis I mødes i ${e.town}!`,
          `${first} glæder sig til at lære kollegerne og borgerne at kende. Kig forbi og sig hej.`,
          `Velkommen til Norddjurs, ${first} – vi er glade for, at du har valgt os.`,
        ]);
    case 'retirement':
      return `Tak for ${years} gode år i kommunen, for din faglighed og for alt det, du har lært os andre. Vi ønsker dig et godt otium, ${first}!`;
    case 'farewell':
      return `${first} vil prøve kræfter med nye opgaver. Tak for samarbejdet og for din indsats ${at} – held og lykke fremover!`;
    case 'memorial':
      return `${first} var en del af ${e.workplace} i ${years} år og vil blive savnet for sin varme, ` +
        `sin hjælpsomhed og sin store faglighed. Vores tanker går til familien. Æret være ${genitiveDa(first)} minde.`;
  }
}

export function generateNavnenyt(
  random: IRandom,
  employees: readonly IDemoEmployee[],
  privacyByIndex: ReadonlyMap<number, IDemoPrivacy>,
  today: string,
): IDemoNavnenyt[] {
  const items: IDemoNavnenyt[] = [];
  let newColleagues = 0;
  let withdrawalShown = false;
  let rejected = false;
  for (const c of candidates(employees, today)) {
    const privacy = privacyByIndex.get(c.e.index);
    const category = CATEGORY[c.type];
    let withdrawn = false;
    if (category && !allowsIntranet(privacy, category)) {
      // HR does not announce without consent; one earlier approved item shows what a withdrawal looks like.
      if (withdrawalShown || privacy === undefined || c.date > today) continue;
      withdrawalShown = true;
      withdrawn = true;
    }
    if (c.type === 'newColleague' && ++newColleagues > MAX_NEW_COLLEAGUES) continue;
    const showAge = c.type !== 'birthday' || (privacy?.choices.intranet.age ?? false);
    const withPhoto = c.type !== 'memorial' && (privacy?.choices.intranet.photo ?? false) && random.chance(0.45);
    const window = defaultShowWindow(c.type, c.date);
    const item: IDemoNavnenyt = {
      type: c.type,
      employeeIndex: c.e.index,
      name: c.e.displayName,
      eventDate: c.date,
      years: showAge ? c.years : undefined,
      jobTitle: c.e.jobTitle,
      workplace: c.e.workplace,
      area: c.e.area,
      message: message(random, c, today, showAge),
      // Each item its own file: deleting one item's photo (consent withdrawn) leaves every other item's intact.
      photo: withPhoto ? avatarImage(`navnenyt-${c.e.index}-${c.date}`, c.e.displayName) : undefined,
      showFrom: window.showFrom,
      showUntil: window.showUntil,
      consentConfirmed: true,
      approval: 'approved',
      withdrawnAfterApproval: withdrawn || undefined,
    };
    if (!rejected && c.type === 'birthday' && !showAge && c.date > today) {
      // A draft that names the age although the person opted out of showing it: communications rejected it.
      rejected = true;
      item.message = message(random, c, today, true);
      item.approval = 'rejected';
      item.approvalComment =
        `${c.e.firstName} har fravalgt, at alderen vises på intranettet. Ret beskeden, så alderen ikke nævnes, og send den til godkendelse igen.`;
    }
    items.push(item);
  }
  if (!rejected) {
    const target = items.find((i) => i.approval === 'approved' && !i.withdrawnAfterApproval && i.eventDate > today && i.type !== 'memorial');
    if (target) {
      // Every stored item carries HR's confirmation (the list's validation rule), so the reason is about the text.
      target.approval = 'rejected';
      target.approvalComment = 'Datoen stemmer ikke med det, arbejdsstedet har oplyst. Tjek datoen med lederen, og send beskeden til godkendelse igen.';
    }
  }
  // A handful of upcoming items still wait in the approval queue.
  const upcoming = items.filter((i) => i.approval === 'approved' && !i.withdrawnAfterApproval && i.eventDate > addDays(today, 7) && i.type !== 'memorial');
  for (const item of random.shuffle(upcoming).slice(0, 6)) item.approval = 'pending';
  return [...archive(random, employees, privacyByIndex, today), ...items];
}

/** How many of last spring's and summer's name news are still in the list, past their retention period. */
const ARCHIVED = 8;

/**
 * Name news from half a year ago that nobody deleted: long out of their window, so no reader sees them, and past the
 * 90 days' retention, so communications finds them under *Opbevaring* in Godkend navnenyt.
 */
function archive(random: IRandom, employees: readonly IDemoEmployee[], privacyByIndex: ReadonlyMap<number, IDemoPrivacy>, today: string): IDemoNavnenyt[] {
  const old = candidates(employees, today, { from: addDays(today, -210), to: addDays(today, -120) }).filter((c) => {
    const category = CATEGORY[c.type];
    return (c.type === 'jubilee' || c.type === 'newColleague') && category !== undefined && allowsIntranet(privacyByIndex.get(c.e.index), category);
  });
  return old.slice(0, ARCHIVED).map((c) => {
    const window = defaultShowWindow(c.type, c.date);
    return {
      type: c.type,
      employeeIndex: c.e.index,
      name: c.e.displayName,
      eventDate: c.date,
      years: c.years,
      jobTitle: c.e.jobTitle,
      workplace: c.e.workplace,
      area: c.e.area,
      message: message(random, c, today, true),
      showFrom: window.showFrom,
      showUntil: window.showUntil,
      consentConfirmed: true,
      approval: 'approved',
    };
  });
}
