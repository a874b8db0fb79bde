/** Counting the content: stories per theme, area and town; name news per month and their approval; portraits. */
import { compareNamesDanish } from '../../../shared/domain/names';
import { NAVNENYT_TYPES } from '../../navnenyt';
import type { NavnenytType } from '../../navnenyt';
import { PORTRAIT_CHANNELS, PRIORITY_PROFESSIONS, PROFESSIONS, SHARE_STATUSES } from '../../portraits';
import type { ShareStatus } from '../../portraits';
import { STORY_THEMES } from '../../stories';
import type { StoryTheme } from '../../stories';
import type { IApprovalTimes, IFunnelRow, IMonthRow, INameCount, INameNewsFact, IPeriod, IPortraitFact, IProfessionRow, IStoryFact, ITargetRow } from './models';
import { inPeriod, monthsOf, periodDays } from './period';

const DAYS_PER_YEAR = 365;

/** The stories published in the period. */
export function storiesIn(stories: readonly IStoryFact[], period: IPeriod): IStoryFact[] {
  return stories.filter((s) => inPeriod(s.publishDate, period));
}

/**
 * Stories per theme (every theme, in the strategy's order) against its yearly target pro rata for the period, rounded
 * to whole stories (12 a year over six months: 6).
 */
export function storiesByTheme(stories: readonly IStoryFact[], targets: Readonly<Partial<Record<StoryTheme, number>>>, period: IPeriod): ITargetRow[] {
  const share = periodDays(period) / DAYS_PER_YEAR;
  return STORY_THEMES.map((theme) => {
    const yearly = targets[theme];
    return { theme, count: stories.filter((s) => s.theme === theme).length, target: yearly === undefined ? undefined : Math.round(yearly * share) };
  });
}

const key = (name: string): string => name.trim().normalize('NFC').toLocaleLowerCase('da');

/**
 * How often each name occurs: every known name (the municipality's areas or towns), the ones never named with 0, and
 * names outside the known ones too (spelt as first met). Most first, then Danish alphabetical order.
 */
export function countNames(values: readonly (string | undefined)[], known: readonly string[]): INameCount[] {
  const counts = new Map<string, { name: string; count: number; known: boolean }>();
  for (const name of known) counts.set(key(name), { name, count: 0, known: true });
  for (const value of values) {
    if (!value || !value.trim()) continue;
    const k = key(value);
    const row = counts.get(k) ?? { name: value.trim(), count: 0, known: false };
    row.count++;
    counts.set(k, row);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareNamesDanish(a.name, b.name));
}

/** The known names that never appear. */
export function neverNamed(rows: readonly INameCount[]): string[] {
  return rows.filter((r) => r.known && r.count === 0).map((r) => r.name);
}

function zeroTypes(): Record<NavnenytType, number> {
  return Object.fromEntries(NAVNENYT_TYPES.map((t) => [t, 0])) as Record<NavnenytType, number>;
}

/** Published (approved) name news per month of the event, per type: every month of the period, empty ones too. */
export function nameNewsByMonth(items: readonly INameNewsFact[], period: IPeriod): IMonthRow[] {
  const rows = new Map(monthsOf(period).map((m) => [m, zeroTypes()]));
  for (const item of items) {
    if (item.approval !== 'approved' || !inPeriod(item.eventDate, period)) continue;
    const counts = rows.get(item.eventDate.slice(0, 7));
    if (counts) counts[item.type]++;
  }
  return [...rows].map(([month, counts]) => ({ month, counts, total: NAVNENYT_TYPES.reduce((n, t) => n + counts[t], 0) }));
}

/** The median of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The time from HR's submission to approval of the name news of the period (by event date): the median and the
 * slowest, in hours. Items without both instants, or approved before they were submitted (clock skew), do not count.
 */
export function approvalTimes(items: readonly INameNewsFact[], period: IPeriod): IApprovalTimes {
  const inside = items.filter((i) => inPeriod(i.eventDate, period));
  const hours: number[] = [];
  for (const item of inside) {
    if (item.approval !== 'approved' || !item.submitted || !item.approved) continue;
    const h = (Date.parse(item.approved) - Date.parse(item.submitted)) / 3_600_000;
    if (Number.isFinite(h) && h >= 0) hours.push(h);
  }
  return {
    count: hours.length,
    medianHours: median(hours),
    slowestHours: hours.length ? Math.max(...hours) : undefined,
    pending: inside.filter((i) => i.approval === 'pending').length,
    rejected: inside.filter((i) => i.approval === 'rejected').length,
  };
}

/** Portraits per profession: every profession (the four priority ones first, marked), and those with none. */
export function portraitsByProfession(portraits: readonly IPortraitFact[]): IProfessionRow[] {
  const order = [...PRIORITY_PROFESSIONS, ...PROFESSIONS.filter((p) => !PRIORITY_PROFESSIONS.includes(p))];
  return order.map((profession) => ({ profession, count: portraits.filter((p) => p.profession === profession).length, priority: PRIORITY_PROFESSIONS.includes(profession) }));
}

/** Portraits per status on each channel: not shared, ready, shared, to be removed, removed. */
export function shareFunnel(portraits: readonly IPortraitFact[]): IFunnelRow[] {
  return PORTRAIT_CHANNELS.map((channel) => {
    const counts = Object.fromEntries(SHARE_STATUSES.map((s) => [s, 0])) as Record<ShareStatus, number>;
    for (const p of portraits) counts[p.status[channel]]++;
    return { channel, counts };
  });
}
