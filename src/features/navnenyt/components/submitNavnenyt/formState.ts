/**
 * The HR form's state and how one change leads to the next: picking a person and a type fills in the date and years
 * from the payroll extract, and the date fills in the show window, until HR changes those fields themselves.
 */
import { formatNumericDate, parseDanishDate } from '../../../../shared/domain/dates';
import type { IsoDate } from '../../../../shared/domain/models';
import { defaultShowWindow } from '../../domain/navnenyt';
import { prefillFor } from '../../domain/navnenytPrefill';
import type { INavnenytSettings } from '../../domain/navnenytSettings';
import type { INavnenytSubmission } from '../../domain/validation';
import type { INewNavnenyt } from '../../data/INavnenytEditorRepository';
import type { IChosenPhoto } from '../../../../shared/components/common/photo';
import { photoBytes } from '../../../../shared/components/common/photo';
import type { NavnenytType } from '../../domain/models';
import type { IPayrollEmployee } from '../../../employees';

/** Dates are kept as typed ("27.11.2026"); the domain reads them with parseDanishDate. */
export interface IFormState {
  readonly employee?: IPayrollEmployee;
  readonly type?: NavnenytType;
  readonly eventDate: string;
  readonly years: string;
  readonly message: string;
  readonly photo?: IChosenPhoto;
  readonly photoAlt: string;
  readonly showFrom: string;
  readonly showUntil: string;
  /** HR typed the date or years themselves: no more prefilling them. */
  readonly dateTouched: boolean;
  /** HR typed the window themselves: no more prefilling it. */
  readonly windowTouched: boolean;
  readonly consentConfirmed: boolean;
}

export const EMPTY_FORM: IFormState = {
  eventDate: '',
  years: '',
  message: '',
  photoAlt: '',
  showFrom: '',
  showUntil: '',
  dateTouched: false,
  windowTouched: false,
  consentConfirmed: false,
};

export type FormChange =
  | { readonly kind: 'employee'; readonly employee: IPayrollEmployee | undefined }
  | { readonly kind: 'type'; readonly type: NavnenytType }
  | { readonly kind: 'eventDate' | 'years'; readonly value: string }
  | { readonly kind: 'showFrom' | 'showUntil'; readonly value: string }
  | { readonly kind: 'message' | 'photoAlt'; readonly value: string }
  | { readonly kind: 'photo'; readonly photo: IChosenPhoto | undefined }
  | { readonly kind: 'consent'; readonly value: boolean }
  | { readonly kind: 'reset'; readonly state: IFormState }
  | { readonly kind: 'suggestion'; readonly employee: IPayrollEmployee; readonly type: NavnenytType; readonly eventDate: IsoDate; readonly years?: number };

function withWindow(s: IFormState, settings: INavnenytSettings): IFormState {
  const eventDate = parseDanishDate(s.eventDate);
  if (s.windowTouched || !s.type || !eventDate) return s;
  const w = defaultShowWindow(s.type, eventDate, settings);
  return { ...s, showFrom: formatNumericDate(w.showFrom), showUntil: formatNumericDate(w.showUntil) };
}

function withPrefill(s: IFormState, today: IsoDate, settings: INavnenytSettings): IFormState {
  if (s.dateTouched || !s.employee || !s.type) return withWindow(s, settings);
  const p = prefillFor(s.employee, s.type, today, settings);
  return withWindow(p ? { ...s, eventDate: formatNumericDate(p.eventDate), years: p.years !== undefined ? String(p.years) : '' } : s, settings);
}

export function nextForm(s: IFormState, change: FormChange, today: IsoDate, settings: INavnenytSettings): IFormState {
  switch (change.kind) {
    case 'employee':
      return withPrefill({ ...s, employee: change.employee }, today, settings);
    case 'type':
      return withPrefill({ ...s, type: change.type }, today, settings);
    case 'eventDate':
      return withWindow({ ...s, eventDate: change.value, dateTouched: true }, settings);
    case 'years':
      return { ...s, years: change.value, dateTouched: true };
    case 'showFrom':
    case 'showUntil':
      return { ...s, [change.kind]: change.value, windowTouched: true };
    case 'message':
    case 'photoAlt':
      return { ...s, [change.kind]: change.value };
    case 'photo':
      return { ...s, photo: change.photo, photoAlt: change.photo ? s.photoAlt : '' };
    case 'consent':
      return { ...s, consentConfirmed: change.value };
    case 'reset':
      return change.state;
    case 'suggestion':
      return withWindow(
        { ...EMPTY_FORM, employee: change.employee, type: change.type, eventDate: formatNumericDate(change.eventDate), years: change.years !== undefined ? String(change.years) : '', dateTouched: true },
        settings,
      );
  }
}

function yearsOf(s: IFormState): number | undefined {
  const n = Number(s.years.trim());
  return s.years.trim() !== '' && Number.isInteger(n) ? n : undefined;
}

/** A typed date as ISO when it is a real date; otherwise the text as typed, for the rules to explain. */
function isoOr(text: string): string {
  return parseDanishDate(text) ?? text;
}

/** The form as the domain's rules see it. */
export function asSubmission(s: IFormState): INavnenytSubmission {
  return {
    employee: s.employee ? { id: 0, name: s.employee.name, email: s.employee.email } : undefined,
    type: s.type,
    eventDate: isoOr(s.eventDate),
    years: yearsOf(s),
    message: s.message,
    photo: s.photo ? { name: s.photo.name, type: s.photo.type, size: s.photo.size } : undefined,
    showFrom: isoOr(s.showFrom),
    showUntil: isoOr(s.showUntil),
    consentConfirmed: s.consentConfirmed,
  };
}

/** The form as the repository saves it; call only when the rules found it valid. */
export function asNewNavnenyt(s: IFormState): INewNavnenyt {
  const e = s.employee;
  if (!e?.email || !s.type) throw new Error('asNewNavnenyt needs a valid form');
  return {
    type: s.type,
    name: e.name,
    employeeEmail: e.email,
    eventDate: isoOr(s.eventDate),
    years: yearsOf(s),
    jobTitle: e.jobTitle,
    workplace: e.workplace,
    area: e.area,
    message: s.message.trim() || undefined,
    showFrom: isoOr(s.showFrom),
    showUntil: isoOr(s.showUntil),
    consentConfirmed: s.consentConfirmed,
    photo: s.photo ? { ...photoBytes(s.photo), alt: s.photoAlt.trim() } : undefined,
  };
}
