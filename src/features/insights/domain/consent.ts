/**
 * Consent in aggregate: the share of employees with saved choices and the yes-rate per channel and category. No figure
 * is about fewer than five people: a share whose yes side or no side counts 1 to 4 people, or whose base is under
 * five, is shown as "under 5" (either side can be worked out from the other and the base).
 */
import { CONSENT_CATEGORIES, CONSENT_CHANNELS } from '../../privacy';
import type { ChoicesFact, GuardedShare, IConsentInsights } from './models';

/** The fewest people a figure may be about. */
export const MIN_GROUP = 5;

const small = (n: number): boolean => n > 0 && n < MIN_GROUP;

/** `count` of `base` as a percentage, or "under 5" when either side or the base is about fewer than five people. */
export function guardedShare(count: number, base: number): GuardedShare {
  if (base < MIN_GROUP || small(count) || small(base - count)) return { kind: 'under5' };
  return { kind: 'shown', count, base, percent: (count / base) * 100 };
}

/**
 * `choices`: the choices in force of everyone who has saved any (one per person); `employees`: how many employees there
 * are. Only counts leave this function, never who.
 */
export function consentInsights(choices: readonly ChoicesFact[], employees: number): IConsentInsights {
  const rows = CONSENT_CHANNELS.flatMap((channel) =>
    CONSENT_CATEGORIES.map((category) => ({ channel, category, yes: guardedShare(choices.filter((c) => c[channel][category]).length, choices.length) })),
  );
  return { saved: guardedShare(choices.length, Math.max(employees, choices.length)), employees, rows };
}
