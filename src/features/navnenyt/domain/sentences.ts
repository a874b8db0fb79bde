/**
 * The Danish (and English) sentences readers see, and the congratulate links.
 * Rules: dates in running text are lower case ("fredag den 27. november"); a job title is lower-cased in running text
 * ("social- og sundhedsassistent", but "IT-konsulent" stays); the age appears only when `showAge` allows it;
 * sentences start with the person's name as written (never re-capitalised) or with a capitalised template word.
 */
import type { Locale } from '../../../shared/domain/dates';
import { formatLongDate, formatLongDateWithoutYear, isoWeekday, compareIsoDates } from '../../../shared/domain/dates';
import { publicHolidayOn } from '../../../shared/domain/holidays';
import type { IsoDate } from '../../../shared/domain/models';
import type { INavnenytItem, NavnenytType } from './models';
import { normalizeName } from '../../../shared/domain/names';
import { DEFAULT_ORGANISATION_NAME, lowerFirstForRunningText, workplacePreposition } from '../../../shared/domain/texts';

const TYPE_LABELS: Readonly<Record<Locale, Readonly<Record<NavnenytType, string>>>> = {
  da: { birthday: 'Fødselsdag', jubilee: 'Jubilæum', newColleague: 'Ny medarbejder', retirement: 'Pension', farewell: 'Fratrædelse', memorial: 'Mindeord' },
  en: { birthday: 'Birthday', jubilee: 'Work anniversary', newColleague: 'New colleague', retirement: 'Retirement', farewell: 'Farewell', memorial: 'In memoriam' },
};

/** The type's label for headings and filters: "Ny medarbejder" / "New colleague". */
export function navnenytTypeLabel(type: NavnenytType, locale: Locale = 'da'): string {
  return TYPE_LABELS[locale][type];
}

type SentenceItem = Pick<INavnenytItem, 'type' | 'name' | 'eventDate' | 'years' | 'jobTitle' | 'workplace'>;

export interface ISentenceOptions {
  readonly locale?: Locale;
  /** When given and the event is before today, the sentence is in the past tense ("fyldte 60 år"). */
  readonly today?: IsoDate;
  /** Include the year in the date ("fredag den 27. november 2026"). Default false. */
  readonly withYear?: boolean;
}


/** "Anne Hansen, social- og sundhedsassistent i Hjemmeplejen Syd" / "Søren Ørsted, Vej og Park" / "Mette Kjær". */
export function personDescription(item: Pick<INavnenytItem, 'name' | 'jobTitle' | 'workplace'>, locale: Locale = 'da'): string {
  const title = item.jobTitle?.trim() ? lowerFirstForRunningText(normalizeName(item.jobTitle)) : undefined;
  const workplace = item.workplace?.trim() ? normalizeName(item.workplace) : undefined;
  const role = title && workplace ? `${title} ${workplacePreposition(workplace, locale)} ${workplace}` : (title ?? workplace);
  const name = normalizeName(item.name);
  return role ? `${name}, ${role}` : name;
}

/** The person followed by the comma that closes an apposition: "Anne Hansen, …, " or "Mette Kjær ". */
function subject(item: SentenceItem, locale: Locale): string {
  const description = personDescription(item, locale);
  return description === normalizeName(item.name) ? `${description} ` : `${description}, `;
}

function yearsOrUndefined(years: number | undefined): number | undefined {
  return years !== undefined && Number.isFinite(years) && years > 0 ? years : undefined;
}

/**
 * The sentence for a navnenyt item, e.g. "Anne Hansen, social- og sundhedsassistent i Hjemmeplejen Syd, har 25 års
 * jubilæum fredag den 27. november." or "Søren Ørsted, Vej og Park, fylder 60 år mandag den 3. august." (with the
 * age only when `showAge` is true; otherwise "har fødselsdag").
 */
export function navnenytSentence(item: SentenceItem, disclosure: { readonly showAge: boolean }, options: ISentenceOptions = {}): string {
  const locale = options.locale ?? 'da';
  const date = options.withYear ? formatLongDate(item.eventDate, locale) : formatLongDateWithoutYear(item.eventDate, locale);
  const past = options.today !== undefined && compareIsoDates(item.eventDate, options.today) < 0;
  const years = yearsOrUndefined(item.years);
  const age = disclosure.showAge ? years : undefined;
  const who = subject(item, locale);
  const contact = personDescription(item, locale);
  if (locale === 'da') {
    switch (item.type) {
      case 'birthday':
        return age !== undefined ? `${who}${past ? 'fyldte' : 'fylder'} ${age} år ${date}.` : `${who}${past ? 'havde' : 'har'} fødselsdag ${date}.`;
      case 'jubilee':
        return `${who}${past ? 'havde' : 'har'} ${years !== undefined ? `${years} års ` : ''}jubilæum ${date}.`;
      case 'newColleague':
        return `Vi siger velkommen til ${contact}, som ${past ? 'startede' : 'starter'} ${date}.`;
      case 'retirement':
        return `${who}${past ? 'gik' : 'går'} på pension ${date}.`;
      case 'farewell':
        return `${who}${past ? 'fratrådte' : 'fratræder'} sin stilling ${date}.`;
      case 'memorial':
        return `Det er med sorg, at vi har modtaget meddelelsen om, at ${who}er død ${date}.`;
    }
  }
  switch (item.type) {
    case 'birthday':
      return age !== undefined ? `${who}${past ? 'turned' : 'turns'} ${age} on ${date}.` : `${who}${past ? 'had' : 'has'} a birthday on ${date}.`;
    case 'jubilee':
      return years !== undefined
        ? `${who}${past ? 'celebrated' : 'celebrates'} ${years} years of service on ${date}.`
        : `${who}${past ? 'celebrated' : 'celebrates'} a work anniversary on ${date}.`;
    case 'newColleague':
      return `We welcome ${contact}, who ${past ? 'started' : 'starts'} on ${date}.`;
    case 'retirement':
      return `${who}${past ? 'retired' : 'retires'} on ${date}.`;
    case 'farewell':
      return `${who}${past ? 'left' : 'leaves'} their position on ${date}.`;
    case 'memorial':
      return `It is with sadness that we have received the news that ${who}died on ${date}.`;
  }
}

/**
 * A note when a jubilee is marked on another day than the date itself, else undefined:
 * "Jubilæet markeres mandag den 3. august, fordi jubilæumsdagen er en lørdag."
 */
export function receptionNote(eventDate: IsoDate, receptionDate: IsoDate, locale: Locale = 'da'): string | undefined {
  if (eventDate === receptionDate) {
    return undefined;
  }
  const when = formatLongDateWithoutYear(receptionDate, locale);
  const holiday = publicHolidayOn(eventDate);
  const weekday = isoWeekday(eventDate);
  if (locale === 'da') {
    const reason = holiday ? holiday.name : weekday === 6 ? 'en lørdag' : weekday === 7 ? 'en søndag' : 'en lukkedag';
    return `Jubilæet markeres ${when}, fordi jubilæumsdagen er ${reason}.`;
  }
  const reason = holiday ? holiday.nameEn : weekday === 6 ? 'a Saturday' : weekday === 7 ? 'a Sunday' : 'a closed day';
  return `The anniversary is marked on ${when}, because the day itself is ${reason}.`;
}

function firstName(name: string): string {
  return normalizeName(name).split(' ')[0] ?? name;
}

function englishOrdinal(n: number): string {
  const rest100 = n % 100;
  const suffix = rest100 >= 11 && rest100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export interface IGreetingOptions {
  readonly locale?: Locale;
  readonly organisationName?: string;
}

type GreetingItem = Pick<INavnenytItem, 'type' | 'name' | 'years'>;

/** The congratulation a colleague sends; undefined for Mindeord (no congratulate action on a memorial). */
export function congratulationGreeting(item: GreetingItem, disclosure: { readonly showAge: boolean }, options: IGreetingOptions = {}): string | undefined {
  const locale = options.locale ?? 'da';
  const organisation = options.organisationName ?? DEFAULT_ORGANISATION_NAME;
  const first = firstName(item.name);
  const years = yearsOrUndefined(item.years);
  const age = disclosure.showAge ? years : undefined;
  const da = locale === 'da';
  switch (item.type) {
    case 'birthday':
      if (age !== undefined) {
        return da ? `Tillykke med de ${age} år, ${first}!` : `Happy ${englishOrdinal(age)} birthday, ${first}!`;
      }
      return da ? `Tillykke med fødselsdagen, ${first}!` : `Happy birthday, ${first}!`;
    case 'jubilee':
      if (years !== undefined) {
        return da ? `Tillykke med dit ${years} års jubilæum, ${first}!` : `Congratulations on your ${englishOrdinal(years)} work anniversary, ${first}!`;
      }
      return da ? `Tillykke med jubilæet, ${first}!` : `Congratulations on your work anniversary, ${first}!`;
    case 'newColleague':
      return da ? `Velkommen til ${organisation}, ${first}!` : `Welcome to ${organisation}, ${first}!`;
    case 'retirement':
      return da ? `Tillykke med pensionen, ${first}, og tak for indsatsen!` : `Congratulations on your retirement, ${first}, and thank you for all your work!`;
    case 'farewell':
      return da ? `Tak for samarbejdet, ${first}, og held og lykke fremover!` : `Thank you for working with us, ${first}, and best of luck!`;
    case 'memorial':
      return undefined;
  }
}

const MAIL_SUBJECTS: Readonly<Record<Locale, Readonly<Record<Exclude<NavnenytType, 'memorial'>, string>>>> = {
  da: { birthday: 'Tillykke med fødselsdagen', jubilee: 'Tillykke med jubilæet', newColleague: 'Velkommen til', retirement: 'Tillykke med pensionen', farewell: 'Tak for samarbejdet' },
  en: { birthday: 'Happy birthday', jubilee: 'Congratulations on your work anniversary', newColleague: 'Welcome', retirement: 'Congratulations on your retirement', farewell: 'Thank you' },
};

const SIMPLE_EMAIL = /^[^\s@?&#/]+@[^\s@?&#/]+\.[^\s@?&#/]+$/;

/** Teams chat deep link that opens a 1:1 chat with the greeting prefilled. */
export function teamsChatLink(email: string, message: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email.trim())}&message=${encodeURIComponent(message)}`;
}

/** A `mailto:` link; spaces and line breaks are percent-encoded (%20, %0A), never '+'. */
export function mailtoLink(email: string, subject: string, body: string): string {
  return `mailto:${email.trim()}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export interface ICongratulateLinks {
  readonly greeting: string;
  /** Teams chat (the primary action). */
  readonly teams: string;
  /** E-mail fallback (Teams not available). */
  readonly mail: string;
}

export interface ICongratulateOptions extends IGreetingOptions {
  /** The sender's name for the e-mail signature. */
  readonly senderName?: string;
}

/** The congratulate action's links, or undefined when there is no e-mail or no congratulation (Mindeord). */
export function congratulateLinks(
  item: GreetingItem & Pick<INavnenytItem, 'employee'>,
  disclosure: { readonly showAge: boolean },
  options: ICongratulateOptions = {},
): ICongratulateLinks | undefined {
  const email = item.employee?.email?.trim();
  const greeting = congratulationGreeting(item, disclosure, options);
  if (!email || !SIMPLE_EMAIL.test(email) || greeting === undefined || item.type === 'memorial') {
    return undefined;
  }
  const locale = options.locale ?? 'da';
  const signOff = locale === 'da' ? 'Mange hilsner' : 'Best wishes';
  const sender = options.senderName?.trim();
  const body = `${greeting}\n\n${signOff}${sender ? `\n${normalizeName(sender)}` : ''}`;
  return { greeting, teams: teamsChatLink(email, greeting), mail: mailtoLink(email, MAIL_SUBJECTS[locale][item.type], body) };
}
