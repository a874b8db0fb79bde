/**
 * The history of a person's privacy choices: the list's versions, and what changed between two of them.
 */
import type { ConsentCategory, ConsentChannel, ConsentMatrix } from './models';
import { CONSENT_CATEGORIES, CONSENT_CHANNELS } from './models';

export interface IPrivacyVersion {
  /** SharePoint's version label, e.g. "3.0". */
  readonly label: string;
  /** When it was saved (ISO instant). */
  readonly savedAt: string;
  /** Who saved it (display name), when known. */
  readonly savedBy?: string;
  readonly choices: ConsentMatrix;
}

export interface IConsentChange {
  readonly channel: ConsentChannel;
  readonly category: ConsentCategory;
  readonly from: boolean;
  readonly to: boolean;
}

/** What differs from `before` to `after`, in the order the choices are shown. Everything counts as new without `before`. */
export function consentChanges(before: ConsentMatrix | undefined, after: ConsentMatrix): readonly IConsentChange[] {
  const changes: IConsentChange[] = [];
  for (const channel of CONSENT_CHANNELS) {
    for (const category of CONSENT_CATEGORIES) {
      const from = before ? before[channel][category] : false;
      const to = after[channel][category];
      if (before === undefined ? to : from !== to) changes.push({ channel, category, from, to });
    }
  }
  return changes;
}

/** Versions newest first, each with what it changed compared with the one before it. */
export function historyWithChanges(versions: readonly IPrivacyVersion[]): readonly { version: IPrivacyVersion; changes: readonly IConsentChange[] }[] {
  const oldestFirst = [...versions].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || Number(a.label) - Number(b.label));
  return oldestFirst.map((version, i) => ({ version, changes: consentChanges(i > 0 ? oldestFirst[i - 1].choices : undefined, version.choices) })).reverse();
}
