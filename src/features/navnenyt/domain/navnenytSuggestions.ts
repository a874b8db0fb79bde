/**
 * HR's suggestions: the payroll extract's coming occasions that have no name news yet (approved, pending or
 * rejected), soonest first.
 */
import { addDays } from '../../../shared/domain/dates';
import type { IsoDate } from '../../../shared/domain/models';
import type { INavnenytCandidate } from './navnenytCandidates';
import { generateCandidates } from './navnenytCandidates';
import type { INavnenytSettings } from './navnenytSettings';
import { DEFAULT_NAVNENYT_SETTINGS } from './navnenytSettings';
import type { INavnenytItem } from './models';
import { normalizeName } from '../../../shared/domain/names';
import type { IPayrollEmployee } from '../../employees';

/** Days ahead HR is shown. */
export const SUGGESTION_DAYS = 30;

/** The same person's same occasion: by e-mail when both have one (name news carry no payroll number), else by name. */
function sameOccasion(c: INavnenytCandidate, item: INavnenytItem): boolean {
  if (c.type !== item.type || c.eventDate !== item.eventDate) return false;
  const email = item.employee?.email?.trim().toLowerCase();
  if (email && c.email) return email === c.email.trim().toLowerCase();
  return normalizeName(item.name).toLocaleLowerCase('da') === c.name.toLocaleLowerCase('da');
}

export function suggestionsFor(
  employees: readonly IPayrollEmployee[],
  existing: readonly INavnenytItem[],
  today: IsoDate,
  settings: INavnenytSettings = DEFAULT_NAVNENYT_SETTINGS,
): readonly INavnenytCandidate[] {
  return generateCandidates(employees, today, addDays(today, SUGGESTION_DAYS), settings).filter((c) => !existing.some((item) => sameOccasion(c, item)));
}
