/**
 * Field-level validation of a navnenyt submission (the "Indsend navnenyt" form). Each message says what is wrong and
 * how to fix it; the words come from the feature's loc (IValidationMessages, Danish and English). Pure: "today" comes
 * in as a parameter.
 */
import type { Locale } from '../../../shared/domain/dates';
import { addDays, compareIsoDates, formatNumericDate, isIsoDate } from '../../../shared/domain/dates';
import type { IPersonRef, IsoDate } from '../../../shared/domain/models';
import { EDITOR_ONLY_TYPES } from './navnenyt';
import type { INavnenytSettings } from './navnenytSettings';
import { DEFAULT_NAVNENYT_SETTINGS } from './navnenytSettings';
import type { NavnenytType } from './models';
import { NAVNENYT_TYPES } from './models';
import { fillTemplate } from '../../../shared/domain/templates';

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

/**
 * The form's messages in one language. Templates name their parts: {date} and {last} dates, {allowed} the allowed
 * numbers ("25, 40 eller 50"), {length}, {max} and {remove} characters, {size} the photo's size, {days} a number of days.
 */
export interface IValidationMessages {
  /** Dates in the messages follow it (27.11.2026 / 27/11/2026). */
  readonly locale: Locale;
  readonly decimalSeparator: string;
  /** The word before the last allowed number. */
  readonly or: string;
  readonly employeeMissing: string;
  readonly typeMissing: string;
  readonly typeEditorOnly: string;
  readonly dateMissing: string;
  readonly dateInvalid: string;
  readonly dateTooOld: string;
  readonly dateTooFar: string;
  readonly jubileeYears: string;
  readonly birthdayAge: string;
  readonly messageTooLong: string;
  readonly photoType: string;
  readonly photoEmpty: string;
  readonly photoTooLarge: string;
  readonly showFromInvalid: string;
  readonly showUntilInvalid: string;
  readonly showUntilBeforeFrom: string;
  readonly showUntilTooLate: string;
  readonly consentMemorial: string;
  readonly consentMention: string;
}

export interface IValidationOptions {
  /** Today in Copenhagen. */
  readonly today: IsoDate;
  readonly messages: IValidationMessages;
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
function megabytes(bytes: number, m: IValidationMessages): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', m.decimalSeparator)} MB`;
}

/** "50, 60 eller 70" / "50, 60 or 70". */
function listNumbers(values: readonly number[], m: IValidationMessages): string {
  const sorted = [...values].sort((a, b) => a - b).map(String);
  if (sorted.length <= 1) {
    return sorted.join('');
  }
  return `${sorted.slice(0, -1).join(', ')} ${m.or} ${sorted[sorted.length - 1]}`;
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
  const m = options.messages;
  const settings = options.settings ?? DEFAULT_NAVNENYT_SETTINGS;
  const errors: Partial<Record<SubmissionField, string>> = {};
  const type = isNavnenytType(input.type) ? input.type : undefined;

  if (!input.employee || !input.employee.name.trim()) {
    errors.employee = m.employeeMissing;
  }

  if (!type) {
    errors.type = m.typeMissing;
  } else if (EDITOR_ONLY_TYPES.includes(type) && options.role !== 'editor') {
    errors.type = m.typeEditorOnly;
  }

  const eventDate = input.eventDate?.trim() ? input.eventDate.trim() : undefined;
  if (!eventDate) {
    errors.eventDate = m.dateMissing;
  } else if (!isIsoDate(eventDate)) {
    errors.eventDate = m.dateInvalid;
  } else if (compareIsoDates(eventDate, addDays(options.today, -MAX_DAYS_IN_PAST)) < 0) {
    errors.eventDate = fillTemplate(m.dateTooOld, { date: formatNumericDate(eventDate, m.locale) });
  } else if (compareIsoDates(eventDate, addDays(options.today, MAX_DAYS_IN_FUTURE)) > 0) {
    errors.eventDate = fillTemplate(m.dateTooFar, { date: formatNumericDate(eventDate, m.locale) });
  }

  const years = input.years;
  if (type === 'jubilee' && (years === undefined || !settings.jubileeYears.includes(years))) {
    errors.years = fillTemplate(m.jubileeYears, { allowed: listNumbers(settings.jubileeYears, m) });
  } else if (type === 'birthday' && (years === undefined || !settings.roundBirthdayAges.includes(years))) {
    errors.years = fillTemplate(m.birthdayAge, { allowed: listNumbers(settings.roundBirthdayAges, m) });
  }

  const length = messageLength(input.message);
  const remaining = MAX_MESSAGE_LENGTH - length;
  if (remaining < 0) {
    errors.message = fillTemplate(m.messageTooLong, { length, max: MAX_MESSAGE_LENGTH, remove: -remaining });
  }

  const photo = input.photo;
  if (photo) {
    if (!photoTypeOk(photo)) {
      errors.photo = m.photoType;
    } else if (photo.size <= 0) {
      errors.photo = m.photoEmpty;
    } else if (photo.size > MAX_PHOTO_BYTES) {
      errors.photo = fillTemplate(m.photoTooLarge, { size: megabytes(photo.size, m) });
    }
  }

  validateWindow(input, eventDate && isIsoDate(eventDate) ? eventDate : undefined, settings, m, errors);

  if (input.consentConfirmed !== true) {
    errors.consentConfirmed = type === 'memorial' ? m.consentMemorial : m.consentMention;
  }

  return { valid: Object.keys(errors).length === 0, errors, messageLength: length, messageRemaining: remaining };
}

function validateWindow(
  input: INavnenytSubmission,
  eventDate: IsoDate | undefined,
  settings: INavnenytSettings,
  m: IValidationMessages,
  errors: Partial<Record<SubmissionField, string>>,
): void {
  const from = input.showFrom?.trim() || undefined;
  const until = input.showUntil?.trim() || undefined;
  if (from && !isIsoDate(from)) {
    errors.showFrom = m.showFromInvalid;
  }
  if (until && !isIsoDate(until)) {
    errors.showUntil = m.showUntilInvalid;
  }
  if (errors.showFrom || errors.showUntil) {
    return;
  }
  if (from && until && compareIsoDates(from, until) > 0) {
    errors.showUntil = m.showUntilBeforeFrom;
    return;
  }
  if (until && eventDate && compareIsoDates(until, addDays(eventDate, settings.maxDaysAfterEvent)) > 0) {
    const last = addDays(eventDate, settings.maxDaysAfterEvent);
    errors.showUntil = fillTemplate(m.showUntilTooLate, { days: settings.maxDaysAfterEvent, last: formatNumericDate(last, m.locale) });
  }
}

/** The errors in form order, for an error summary that links to each field. */
export function errorSummary(result: IValidationResult): readonly { readonly field: SubmissionField; readonly message: string }[] {
  return SUBMISSION_FIELDS.flatMap((field) => {
    const message = result.errors[field];
    return message ? [{ field, message }] : [];
  });
}
