/**
 * HR's unsent name news kept in this browser (localStorage), so a failed save never loses what HR typed, and nothing
 * more:
 * - one draft per signed-in user, under a key with the user's e-mail: the next person on the same browser is never
 *   offered someone else's draft;
 * - only what HR typed or chose on the form: the person's name, e-mail, job, workplace and area as shown, never the
 *   payroll row behind them (birth date, seniority, start and end dates, employee number), never the photo;
 * - for one day by the real clock (not the business "today", which the local page can move): older drafts of every
 *   user are deleted whenever the form opens;
 * - gone at sign-out where the host has one (the local front page's user switch calls `forgetAllDrafts`); in
 *   SharePoint the key by user is the guarantee.
 */
import type { IFormState } from './formState';
import type { IPayrollEmployee } from '../../../employees';

const PREFIX = 'medarbejdernyt:navnenyt:kladde:';
/** Before drafts were kept per user, all shared this key with the whole payroll row and photo: removed on sight. */
const SHARED_KEY = 'medarbejdernyt:navnenyt:kladde';
export const DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The person as the form shows them ("Valgt: Anne Hansen, Social- og sundhedsassistent, Hjemmeplejen Syd"). */
type DraftPerson = Pick<IPayrollEmployee, 'name' | 'email' | 'jobTitle' | 'workplace' | 'area'>;

interface IStoredDraft {
  readonly savedAt: number;
  readonly form: Omit<IFormState, 'employee' | 'photo'> & { readonly employee?: DraftPerson };
  /** A photo was chosen; it is not kept, so HR is asked to choose it again. */
  readonly hadPhoto: boolean;
}

export interface IDraft {
  readonly form: IFormState;
  readonly hadPhoto: boolean;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked (private mode, some Teams clients): no drafts
  }
}

function keyOf(userEmail: string): string {
  return PREFIX + userEmail.trim().toLowerCase();
}

function draftKeys(store: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key !== null && (key === SHARED_KEY || key.startsWith(PREFIX))) keys.push(key);
  }
  return keys;
}

function read(store: Storage, key: string): IStoredDraft | undefined {
  try {
    const parsed = JSON.parse(store.getItem(key) ?? '') as Partial<IStoredDraft> | null;
    return parsed && typeof parsed.savedAt === 'number' && typeof parsed.form === 'object' && parsed.form !== null ? (parsed as IStoredDraft) : undefined;
  } catch {
    return undefined;
  }
}

function person(e: IPayrollEmployee | undefined): DraftPerson | undefined {
  return e && { name: e.name, email: e.email, jobTitle: e.jobTitle, workplace: e.workplace, area: e.area };
}

/** Deletes every draft that is too old, unreadable or from the shared key of old, whoever wrote it. */
function purge(store: Storage, now: number): void {
  for (const key of draftKeys(store)) {
    const d = key === SHARED_KEY ? undefined : read(store, key);
    if (!d || now - d.savedAt >= DRAFT_LIFETIME_MS || d.savedAt > now + 60_000) store.removeItem(key);
  }
}

/** The signed-in user's draft, if one younger than a day exists; expired drafts of anyone are deleted first. */
export function loadDraft(userEmail: string, now: number): IDraft | undefined {
  const store = storage();
  if (!store) return undefined;
  try {
    purge(store, now);
    const d = read(store, keyOf(userEmail));
    if (!d) return undefined;
    const { employee, ...rest } = d.form;
    // The payroll row is not kept: the person comes back as shown on the form, without dates or employee number.
    const restored: IFormState = { ...rest, employee: employee && { ...employee, employeeNumber: '' } };
    return { form: restored, hadPhoto: d.hadPhoto === true };
  } catch {
    return undefined;
  }
}

/** Keeps the form for this user; false when the browser will not store it. */
export function saveDraft(userEmail: string, form: IFormState, now: number): boolean {
  const store = storage();
  if (!store) return false;
  const { employee, photo, ...rest } = form;
  const draft: IStoredDraft = { savedAt: now, form: { ...rest, employee: person(employee) }, hadPhoto: photo !== undefined };
  try {
    store.setItem(keyOf(userEmail), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function discardDraft(userEmail: string): void {
  try {
    storage()?.removeItem(keyOf(userEmail));
  } catch {
    // nothing to remove
  }
}

/** At sign-out or a user switch: every draft of every user in this browser is deleted. */
export function forgetAllDrafts(): void {
  const store = storage();
  if (!store) return;
  try {
    for (const key of draftKeys(store)) store.removeItem(key);
  } catch {
    // nothing to remove
  }
}
