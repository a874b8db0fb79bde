/**
 * Field-level validation of a navnenyt submission (the "Indsend navnenyt" form). Each message says what is wrong and
 * how to fix it, in Danish (default) or English. Pure: "today" comes in as a parameter.
 */
import type { Locale } from '../../../shared/domain/dates';
import { addDays, compareIsoDates, formatNumericDate, isIsoDate } from '../../../shared/domain/dates';
import type { IPersonRef, IsoDate } from '../../../shared/domain/models';
import { EDITOR_ONLY_TYPES } from './navnenyt';
import type { INavnenytSettings } from './navnenytSettings';
import { DEFAULT_NAVNENYT_SETTINGS } from './navnenytSettings';
import type { NavnenytType } from './models';
import { NAVNENYT_TYPES } from './models';

/** Maximum length of the personal message, in characters. */
export const MAX_MESSAGE_LENGTH = 500;
/** Maximum photo size: 5 MB. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const ALLOWED_PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png'];
/** How far back and ahead an event date may lie before it is considered a typing mistake. */
export const MAX_DAYS_IN_PAST = 366;
export const MAX_DAYS_IN_FUTURE = 2 * 366;

export type SubmissionField = 'employee' | 'type' | 'eventDate' | 'years' | 'message' | 'photo' | 'showFrom' | 'showUntil' | 'consentConfirmed';

/** The form's field order (for an error summary at the top of the form). */
export const SUBMISSION_FIELDS: readonly SubmissionField[] = ['employee', 'type', 'eventDate', 'years', 'message', 'photo', 'showFrom', 'showUntil', 'consentConfirmed'];

/** The part of a browser `File` the rules need. */
export interface IPhotoFile {
  readonly name: string;
  /** MIME type, e.g. 'image/jpeg'. */
  readonly type: string;
  /** Bytes. */
  readonly size: number;
}

export interface INavnenytSubmission {
  readonly employee?: IPersonRef;
  readonly type?: string;
  readonly eventDate?: string;
  readonly years?: number;
  readonly message?: string;
  readonly photo?: IPhotoFile;
  readonly showFrom?: string;
  readonly showUntil?: string;
  readonly consentConfirmed?: boolean;
}

export interface IValidationOptions {
  /** Today in Copenhagen. */
  readonly today: IsoDate;
  readonly locale?: Locale;
  readonly settings?: INavnenytSettings;
  /** 'editor' (communications) may create Mindeord; 'hr' may not. Default 'hr'. */
  readonly role?: 'hr' | 'editor';
}

export interface IValidationResult {
  readonly valid: boolean;
  /** One message per field with a problem. */
  readonly errors: Readonly<Partial<Record<SubmissionField, string>>>;
  /** Characters in the message and characters left (negative when too long). */
  readonly messageLength: number;
  readonly messageRemaining: number;
}

/** Characters as a person counts them: NFC code points ("å" is one, whichever way it was typed). */
export function messageLength(message: string | undefined): number {
  return message ? Array.from(message.normalize('NFC')).length : 0;
}

/** Characters left of the maximum (negative when over). */
export function messageRemaining(message: string | undefined, max: number = MAX_MESSAGE_LENGTH): number {
  return max - messageLength(message);
}

/** "6,2 MB" / "6.2 MB". */
function megabytes(bytes: number, locale: Locale): string {
  const text = (bytes / (1024 * 1024)).toFixed(1);
  return `${locale === 'da' ? text.replace('.', ',') : text} MB`;
}

function listNumbers(values: readonly number[], locale: Locale): string {
  const sorted = [...values].sort((a, b) => a - b).map(String);
  if (sorted.length <= 1) {
    return sorted.join('');
  }
  return `${sorted.slice(0, -1).join(', ')} ${locale === 'da' ? 'eller' : 'or'} ${sorted[sorted.length - 1]}`;
}

function isNavnenytType(value: string | undefined): value is NavnenytType {
  return NAVNENYT_TYPES.some((t) => t === value);
}

function photoTypeOk(photo: IPhotoFile): boolean {
  if (ALLOWED_PHOTO_TYPES.includes(photo.type.toLowerCase())) {
    return true;
  }
  // Some browsers give no MIME type; fall back to the extension only then.
  return photo.type === '' && /\.(jpe?g|png)$/i.test(photo.name);
}

/** Validates a submission; every problem gets its own field message. */
export function validateSubmission(input: INavnenytSubmission, options: IValidationOptions): IValidationResult {
  const locale = options.locale ?? 'da';
  const settings = options.settings ?? DEFAULT_NAVNENYT_SETTINGS;
  const da = locale === 'da';
  const errors: Partial<Record<SubmissionField, string>> = {};
  const type = isNavnenytType(input.type) ? input.type : undefined;

  if (!input.employee || !input.employee.name.trim()) {
    errors.employee = da
      ? 'Vælg medarbejderen. Skriv navn eller e-mail i feltet, og vælg personen på listen.'
      : 'Choose the employee. Type a name or e-mail address in the field and pick the person from the list.';
  }

  if (!type) {
    errors.type = da ? 'Vælg hvilken slags navnenyt det er, fx Jubilæum eller Ny medarbejder.' : 'Choose the kind of name news, e.g. Work anniversary or New colleague.';
  } else if (EDITOR_ONLY_TYPES.includes(type) && options.role !== 'editor') {
    errors.type = da
      ? 'Mindeord oprettes kun af kommunikationsafdelingen efter aftale med de pårørende. Kontakt kommunikationsafdelingen.'
      : 'Only the communications team creates memorials, by agreement with the relatives. Please contact them.';
  }

  const eventDate = input.eventDate?.trim() ? input.eventDate.trim() : undefined;
  if (!eventDate) {
    errors.eventDate = da ? 'Angiv datoen for begivenheden, fx 27.11.2026.' : 'Enter the date of the event, e.g. 27/11/2026.';
  } else if (!isIsoDate(eventDate)) {
    errors.eventDate = da ? 'Datoen findes ikke. Skriv den som dag.måned.år, fx 27.11.2026.' : 'That date does not exist. Write it as day/month/year, e.g. 27/11/2026.';
  } else if (compareIsoDates(eventDate, addDays(options.today, -MAX_DAYS_IN_PAST)) < 0) {
    errors.eventDate = da
      ? `Datoen ${formatNumericDate(eventDate)} ligger mere end et år tilbage. Tjek årstallet.`
      : `The date ${formatNumericDate(eventDate, 'en')} is more than a year ago. Check the year.`;
  } else if (compareIsoDates(eventDate, addDays(options.today, MAX_DAYS_IN_FUTURE)) > 0) {
    errors.eventDate = da
      ? `Datoen ${formatNumericDate(eventDate)} ligger mere end to år ude i fremtiden. Tjek årstallet.`
      : `The date ${formatNumericDate(eventDate, 'en')} is more than two years ahead. Check the year.`;
  }

  const years = input.years;
  if (type === 'jubilee' && (years === undefined || !settings.jubileeYears.includes(years))) {
    const allowed = listNumbers(settings.jubileeYears, locale);
    errors.years = da ? `Vælg antal års jubilæum: ${allowed}.` : `Choose the number of years: ${allowed}.`;
  } else if (type === 'birthday' && (years === undefined || !settings.roundBirthdayAges.includes(years))) {
    const allowed = listNumbers(settings.roundBirthdayAges, locale);
    errors.years = da
      ? `Angiv den runde alder, medarbejderen fylder: ${allowed} år.`
      : `Enter the round age the employee turns: ${allowed}.`;
  }

  const length = messageLength(input.message);
  const remaining = MAX_MESSAGE_LENGTH - length;
  if (remaining < 0) {
    errors.message = da
      ? `Beskeden er ${length} tegn. Den må højst være ${MAX_MESSAGE_LENGTH} tegn – fjern ${-remaining} tegn.`
      : `The message is ${length} characters. It can be at most ${MAX_MESSAGE_LENGTH} – remove ${-remaining} characters.`;
  }

  const photo = input.photo;
  if (photo) {
    if (!photoTypeOk(photo)) {
      errors.photo = da
        ? 'Billedet skal være en JPEG- eller PNG-fil. Gem det i et af de formater, og vælg det igen.'
        : 'The photo must be a JPEG or PNG file. Save it in one of those formats and choose it again.';
    } else if (photo.size <= 0) {
      errors.photo = da ? 'Billedfilen er tom. Vælg billedet igen.' : 'The photo file is empty. Choose the photo again.';
    } else if (photo.size > MAX_PHOTO_BYTES) {
      errors.photo = da
        ? `Billedet fylder ${megabytes(photo.size, locale)}. Det må højst fylde 5 MB – vælg et mindre billede.`
        : `The photo is ${megabytes(photo.size, locale)}. It can be at most 5 MB – choose a smaller photo.`;
    }
  }

  validateWindow(input, eventDate && isIsoDate(eventDate) ? eventDate : undefined, settings, locale, errors);

  if (input.consentConfirmed !== true) {
    errors.consentConfirmed =
      type === 'memorial'
        ? da
          ? 'Bekræft, at de pårørende har sagt ja til mindeordet. Uden bekræftelsen kan det ikke sendes.'
          : 'Confirm that the relatives agreed to the memorial. It cannot be sent without this confirmation.'
        : da
          ? 'Bekræft, at medarbejderen har sagt ja til omtalen. Uden bekræftelsen kan navnenyt ikke sendes.'
          : 'Confirm that the employee agreed to the mention. It cannot be sent without this confirmation.';
  }

  return { valid: Object.keys(errors).length === 0, errors, messageLength: length, messageRemaining: remaining };
}

function validateWindow(
  input: INavnenytSubmission,
  eventDate: IsoDate | undefined,
  settings: INavnenytSettings,
  locale: Locale,
  errors: Partial<Record<SubmissionField, string>>,
): void {
  const da = locale === 'da';
  const from = input.showFrom?.trim() || undefined;
  const until = input.showUntil?.trim() || undefined;
  if (from && !isIsoDate(from)) {
    errors.showFrom = da ? 'Datoen i "Vis fra" findes ikke. Skriv den som fx 20.11.2026.' : 'The "Show from" date does not exist. Write it as e.g. 20/11/2026.';
  }
  if (until && !isIsoDate(until)) {
    errors.showUntil = da ? 'Datoen i "Vis til" findes ikke. Skriv den som fx 04.12.2026.' : 'The "Show until" date does not exist. Write it as e.g. 04/12/2026.';
  }
  if (errors.showFrom || errors.showUntil) {
    return;
  }
  if (from && until && compareIsoDates(from, until) > 0) {
    errors.showUntil = da
      ? '"Vis til" ligger før "Vis fra". Vælg en "Vis til"-dato på eller efter "Vis fra".'
      : '"Show until" is before "Show from". Choose a "Show until" date on or after "Show from".';
    return;
  }
  if (until && eventDate && compareIsoDates(until, addDays(eventDate, settings.maxDaysAfterEvent)) > 0) {
    const last = addDays(eventDate, settings.maxDaysAfterEvent);
    errors.showUntil = da
      ? `Navnenyt vises højst ${settings.maxDaysAfterEvent} dage efter begivenheden. Vælg ${formatNumericDate(last)} eller tidligere.`
      : `Name news shows at most ${settings.maxDaysAfterEvent} days after the event. Choose ${formatNumericDate(last, 'en')} or earlier.`;
  }
}

/** The errors in form order, for an error summary that links to each field. */
export function errorSummary(result: IValidationResult): readonly { readonly field: SubmissionField; readonly message: string }[] {
  return SUBMISSION_FIELDS.flatMap((field) => {
    const message = result.errors[field];
    return message ? [{ field, message }] : [];
  });
}
