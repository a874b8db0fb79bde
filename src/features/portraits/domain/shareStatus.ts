/**
 * A portrait's status on each channel, and how it may change. Pure.
 *
 * Ikke delt → Klar til deling → Delt (post address and date) → Skal fjernes → Fjernet (date).
 * Rules:
 * - Only with the person's current yes for the channel (portrait text, and photo when a photo is used) may a portrait
 *   become ready or be marked shared; going back (to Ikke delt, or removing) is always possible.
 * - Delt needs the post's address on that network (sharing.ts `postUrlProblem`) and the day it was shared, not after today.
 * - Fjernet needs the day, not before the day it was shared and not after today.
 * - A shared post whose person has since withdrawn the channel's yes *is* Skal fjernes (a withdrawal task at the top of
 *   the studio), whatever the list says, until communications marks it removed.
 * - Every change is a new version of the list item; the history lists them, newest first.
 */
import type { IsoDate } from '../../../shared/domain/models';
import { postUrlProblem } from './sharing';
import type { PostUrlProblem } from './sharing';
import type { IChannelShare, IPortrait, PortraitChannel, ShareStatus } from './models';
import { PORTRAIT_CHANNELS } from './models';

export type StatusAction = 'markReady' | 'markShared' | 'markToRemove' | 'markRemoved' | 'reset';

/** The status shown: a shared post without the person's yes any more must come down. */
export function effectiveStatus(share: IChannelShare, consentOk: boolean): ShareStatus {
  return share.status === 'shared' && !consentOk ? 'toRemove' : share.status;
}

/** What may be done from a status (the effective one), given the person's current yes for the channel. */
export function allowedActions(status: ShareStatus, consentOk: boolean): readonly StatusAction[] {
  switch (status) {
    case 'notShared':
      return consentOk ? ['markReady'] : [];
    case 'readyToShare':
      return consentOk ? ['markShared', 'reset'] : ['reset'];
    case 'shared':
      return ['markToRemove', 'markRemoved'];
    case 'toRemove':
      return ['markRemoved'];
    case 'removed':
      return ['reset'];
  }
}

export interface IStatusInput {
  /** The text prepared for the channel (kept with Klar til deling and Delt). */
  readonly text?: string;
  readonly postUrl?: string;
  /** The day it was shared or removed. */
  readonly date?: IsoDate;
  /** The business day. */
  readonly today: IsoDate;
}

export type StatusProblem = 'notAllowed' | 'noConsent' | 'dateMissing' | 'dateInFuture' | 'removedBeforeShared' | PostUrlProblem;

export type StatusChange = { readonly ok: true; readonly share: IChannelShare } | { readonly ok: false; readonly problem: StatusProblem };

/** An instant for a day: noon UTC, the same calendar day in Denmark and everywhere in Europe. */
export function dayInstant(date: IsoDate): string {
  return `${date}T12:00:00Z`;
}

const VALID_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Applies one action to a channel's share, or says what is wrong. */
export function changeStatus(channel: PortraitChannel, share: IChannelShare, action: StatusAction, consentOk: boolean, input: IStatusInput): StatusChange {
  const current = effectiveStatus(share, consentOk);
  if (!allowedActions(current, consentOk).includes(action)) {
    return { ok: false, problem: consentOk || action === 'reset' || action === 'markRemoved' || action === 'markToRemove' ? 'notAllowed' : 'noConsent' };
  }
  const dated = (): StatusProblem | undefined => {
    if (!input.date || !VALID_DATE.test(input.date)) return 'dateMissing';
    return input.date > input.today ? 'dateInFuture' : undefined;
  };
  switch (action) {
    case 'markReady':
      return { ok: true, share: { status: 'readyToShare', text: input.text ?? share.text } };
    case 'markShared': {
      const problem = postUrlProblem(channel, input.postUrl ?? '') ?? dated();
      if (problem) return { ok: false, problem };
      return { ok: true, share: { status: 'shared', text: input.text ?? share.text, postUrl: input.postUrl?.trim(), sharedAt: dayInstant(input.date as IsoDate) } };
    }
    case 'markToRemove':
      return { ok: true, share: { ...share, status: 'toRemove' } };
    case 'markRemoved': {
      const problem = dated();
      if (problem) return { ok: false, problem };
      if (share.sharedAt && (input.date as IsoDate) < share.sharedAt.slice(0, 10)) return { ok: false, problem: 'removedBeforeShared' };
      return { ok: true, share: { ...share, status: 'removed', removedAt: dayInstant(input.date as IsoDate) } };
    }
    case 'reset':
      return { ok: true, share: { status: 'notShared', text: share.text } };
  }
}

export interface IWithdrawalTask {
  readonly portrait: IPortrait;
  readonly channel: PortraitChannel;
  readonly postUrl?: string;
  readonly sharedAt?: string;
}

/** Portraits with a post that must come down (effective Skal fjernes), oldest share first. */
export function withdrawalTasks(portraits: readonly IPortrait[], consentOk: (portrait: IPortrait, channel: PortraitChannel) => boolean): readonly IWithdrawalTask[] {
  const tasks: IWithdrawalTask[] = [];
  for (const portrait of portraits) {
    for (const channel of PORTRAIT_CHANNELS) {
      const share = portrait.channels[channel];
      if (effectiveStatus(share, consentOk(portrait, channel)) === 'toRemove') tasks.push({ portrait, channel, postUrl: share.postUrl, sharedAt: share.sharedAt });
    }
  }
  // Oldest share first; a post without a known day last.
  return tasks.sort((a, b) => (a.sharedAt ?? '\uffff').localeCompare(b.sharedAt ?? '\uffff') || a.portrait.id - b.portrait.id);
}

/** One saved version of a portrait: who saved it, when, and each channel's share then. */
export interface IPortraitVersion {
  readonly label: string;
  readonly savedAt: string;
  readonly savedBy?: string;
  readonly channels: Readonly<Record<PortraitChannel, IChannelShare>>;
}

export interface IStatusEvent {
  readonly channel: PortraitChannel;
  readonly from?: ShareStatus;
  readonly to: ShareStatus;
  readonly savedAt: string;
  readonly savedBy?: string;
  readonly postUrl?: string;
}

/** The status changes in the versions, newest first; the first version counts only where it is not Ikke delt. */
export function statusHistory(versions: readonly IPortraitVersion[]): readonly IStatusEvent[] {
  const oldestFirst = [...versions].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || Number(a.label) - Number(b.label));
  const perVersion = oldestFirst.map((v, i) => {
    const before = i > 0 ? oldestFirst[i - 1] : undefined;
    const events: IStatusEvent[] = [];
    for (const channel of PORTRAIT_CHANNELS) {
      const from = before?.channels[channel].status;
      const to = v.channels[channel].status;
      if (from === to || (from === undefined && to === 'notShared')) continue;
      events.push({ channel, from: from ?? (before ? undefined : 'notShared'), to, savedAt: v.savedAt, savedBy: v.savedBy, postUrl: v.channels[channel].postUrl });
    }
    return events;
  });
  // Newest version first; inside a version, the channels in their usual order.
  return perVersion.reverse().flat();
}
