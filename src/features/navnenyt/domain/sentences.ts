/**
 * The sentences readers see, and the congratulate links. Which sentence, tense, age and date an item gets is decided
 * here; the words come from the feature's loc (INavnenytWords, in Danish and English), never from a table here.
 * Rules: dates in running text are lower case ("fredag den 27. november"); a job title is lower-cased in running text
 * ("social- og sundhedsassistent", but "IT-konsulent" stays); the age appears only when `showAge` allows it;
 * sentences start with the person's name as written (never re-capitalised) or with a capitalised template word.
 */
import type { Locale } from '../../../shared/domain/dates';
import { formatLongDate, formatLongDateWithoutYear, isoWeekday, compareIsoDates } from '../../../shared/domain/dates';
import type { IPublicHoliday } from '../../../shared/domain/holidays';
import { publicHolidayOn } from '../../../shared/domain/holidays';
import type { IsoDate } from '../../../shared/domain/models';
import type { INavnenytItem, NavnenytType } from './models';
import { normalizeName } from '../../../shared/domain/names';
import { DEFAULT_ORGANISATION_NAME, lowerFirstForRunningText, workplacePreposition } from '../../../shared/domain/texts';
import { fillTemplate } from '../../../shared/domain/templates';

/** The reader's sentences: one per type, birthdays and jubilees with and without their number of years. */
export type SentenceKind = 'birthdayAge' | 'birthday' | 'jubileeYears' | 'jubilee' | 'newColleague' | 'retirement' | 'farewell' | 'memorial';
/** The congratulations: as the sentences, without the memorial (no congratulate action on a memorial). */
export type GreetingKind = Exclude<SentenceKind, 'memorial'>;

/**
 * The words of the sentences, greetings and notes in one language. Templates name their parts: {who} the person with
 * the comma or space that closes the apposition ("Anne Hansen, lærer på Grenaa Skole, "), {contact} the person
 * without it, {first} the first name, {age} and {years} numbers, {ordinal} the number as an ordinal ("25th"), {date}
 * the event's date, {when} the reception day, {reason} why it moved, {organisation} the employer.
 */
export interface INavnenytWords {
  /** Dates and the workplace preposition follow it. */
  readonly locale: Locale;
  /** Present and past tense (the event is before today). */
  readonly sentences: Readonly<Record<SentenceKind, readonly [present: string, past: string]>>;
  readonly receptionNote: string;
  readonly closedDay: Readonly<Record<'saturday' | 'sunday' | 'other', string>>;
  readonly holidayName: (holiday: IPublicHoliday) => string;
  readonly greetings: Readonly<Record<GreetingKind, string>>;
  readonly mailSubjects: Readonly<Record<Exclude<NavnenytType, 'memorial'>, string>>;
  readonly signOff: string;
  readonly ordinal: (n: number) => string;
}

type SentenceItem = Pick<INavnenytItem, 'type' | 'name' | 'eventDate' | 'years' | 'jobTitle' | 'workplace'>;

export interface ISentenceOptions {
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

function sentenceKind(type: NavnenytType, age: number | undefined, years: number | undefined): SentenceKind {
  if (type === 'birthday') return age !== undefined ? 'birthdayAge' : 'birthday';
  if (type === 'jubilee') return years !== undefined ? 'jubileeYears' : 'jubilee';
  return type;
}

/**
 * The sentence for a navnenyt item, e.g. "Anne Hansen, social- og sundhedsassistent i Hjemmeplejen Syd, har 25 års
 * jubilæum fredag den 27. november." or "Søren Ørsted, Vej og Park, fylder 60 år mandag den 3. august." (with the
 * age only when `showAge` is true; otherwise "har fødselsdag").
 */
export function navnenytSentence(item: SentenceItem, disclosure: { readonly showAge: boolean }, words: INavnenytWords, options: ISentenceOptions = {}): string {
  const locale = words.locale;
  const date = options.withYear ? formatLongDate(item.eventDate, locale) : formatLongDateWithoutYear(item.eventDate, locale);
  const past = options.today !== undefined && compareIsoDates(item.eventDate, options.today) < 0;
  const years = yearsOrUndefined(item.years);
  const age = disclosure.showAge ? years : undefined;
  const template = words.sentences[sentenceKind(item.type, age, years)][past ? 1 : 0];
  return fillTemplate(template, { who: subject(item, locale), contact: personDescription(item, locale), age, years, date });
}

/**
 * A note when a jubilee is marked on another day than the date itself, else undefined:
 * "Jubilæet markeres mandag den 3. august, fordi jubilæumsdagen er en lørdag."
 */
export function receptionNote(eventDate: IsoDate, receptionDate: IsoDate, words: INavnenytWords): string | undefined {
  if (eventDate === receptionDate) {
    return undefined;
  }
  const holiday = publicHolidayOn(eventDate);
  const weekday = isoWeekday(eventDate);
  const reason = holiday ? words.holidayName(holiday) : weekday === 6 ? words.closedDay.saturday : weekday === 7 ? words.closedDay.sunday : words.closedDay.other;
  return fillTemplate(words.receptionNote, { when: formatLongDateWithoutYear(receptionDate, words.locale), reason });
}

function firstName(name: string): string {
  return normalizeName(name).split(' ')[0] ?? name;
}

export interface IGreetingOptions {
  readonly organisationName?: string;
}

type GreetingItem = Pick<INavnenytItem, 'type' | 'name' | 'years'>;

/** The congratulation a colleague sends; undefined for a memorial (no congratulate action on a memorial). */
export function congratulationGreeting(item: GreetingItem, disclosure: { readonly showAge: boolean }, words: INavnenytWords, options: IGreetingOptions = {}): string | undefined {
  if (item.type === 'memorial') {
    return undefined;
  }
  const years = yearsOrUndefined(item.years);
  const age = disclosure.showAge ? years : undefined;
  const kind = sentenceKind(item.type, age, years) as GreetingKind;
  const counted = kind === 'birthdayAge' ? age : years;
  return fillTemplate(words.greetings[kind], {
    first: firstName(item.name),
    age,
    years,
    ordinal: counted !== undefined ? words.ordinal(counted) : undefined,
    organisation: options.organisationName ?? DEFAULT_ORGANISATION_NAME,
  });
}

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
  /** The person's e-mail address (Teams' SDK opens the chat by it). */
  readonly email: string;
  /** Teams chat (the primary action). */
  readonly teams: string;
  /** E-mail fallback (Teams not available). */
  readonly mail: string;
}

export interface ICongratulateOptions extends IGreetingOptions {
  /** The sender's name for the e-mail signature. */
  readonly senderName?: string;
}

/** The congratulate action's links, or undefined when there is no e-mail or no congratulation (a memorial). */
export function congratulateLinks(
  item: GreetingItem & Pick<INavnenytItem, 'employee'>,
  disclosure: { readonly showAge: boolean },
  words: INavnenytWords,
  options: ICongratulateOptions = {},
): ICongratulateLinks | undefined {
  const email = item.employee?.email?.trim();
  const greeting = congratulationGreeting(item, disclosure, words, options);
  if (!email || !SIMPLE_EMAIL.test(email) || greeting === undefined || item.type === 'memorial') {
    return undefined;
  }
  const sender = options.senderName?.trim();
  const body = `${greeting}\n\n${words.signOff}${sender ? `\n${normalizeName(sender)}` : ''}`;
  return { greeting, email, teams: teamsChatLink(email, greeting), mail: mailtoLink(email, words.mailSubjects[item.type], body) };
}
