/** One view of Indblik: every figure for the period, from the facts and the settings. */
import type { StoryTheme } from '../../stories';
import { consentInsights } from './consent';
import { approvalTimes, countNames, nameNewsByMonth, neverNamed, portraitsByProfession, shareFunnel, storiesByTheme, storiesIn } from './content';
import type { IApprovalTimes, IConsentInsights, IFunnelRow, IInsightsFacts, IMonthRow, INameCount, IPeriod, IProfessionRow, ITargetRow } from './models';

export interface IInsightsSettings {
  /** Stories a year per theme. */
  readonly targets: Readonly<Partial<Record<StoryTheme, number>>>;
  readonly areas: readonly string[];
  readonly towns: readonly string[];
  /** How many employees there are (HR's figure); 0: the site's people. */
  readonly employees: number;
}

export interface IInsightsView {
  readonly period: IPeriod;
  readonly stories: {
    readonly total: number;
    readonly byTheme: readonly ITargetRow[];
    readonly byArea: readonly INameCount[];
    readonly byTown: readonly INameCount[];
    readonly neverAreas: readonly string[];
    readonly neverTowns: readonly string[];
  };
  readonly nameNews: { readonly byMonth: readonly IMonthRow[]; readonly total: number; readonly approval: IApprovalTimes };
  readonly portraits: { readonly total: number; readonly byProfession: readonly IProfessionRow[]; readonly funnel: readonly IFunnelRow[] };
  readonly consent: IConsentInsights;
  /** Where the employees' number comes from. */
  readonly employeesFrom: 'setting' | 'siteUsers';
}

export function buildView(facts: IInsightsFacts, settings: IInsightsSettings, period: IPeriod): IInsightsView {
  const stories = storiesIn(facts.stories, period);
  const byArea = countNames(
    stories.map((s) => s.area),
    settings.areas,
  );
  const byTown = countNames(
    stories.map((s) => s.place),
    settings.towns,
  );
  const byMonth = nameNewsByMonth(facts.nameNews, period);
  const employeesFrom = settings.employees > 0 ? 'setting' : 'siteUsers';
  return {
    period,
    stories: { total: stories.length, byTheme: storiesByTheme(stories, settings.targets, period), byArea, byTown, neverAreas: neverNamed(byArea), neverTowns: neverNamed(byTown) },
    nameNews: { byMonth, total: byMonth.reduce((n, m) => n + m.total, 0), approval: approvalTimes(facts.nameNews, period) },
    portraits: { total: facts.portraits.length, byProfession: portraitsByProfession(facts.portraits), funnel: shareFunnel(facts.portraits) },
    consent: consentInsights(facts.choices, employeesFrom === 'setting' ? settings.employees : facts.siteUsers),
    employeesFrom,
  };
}
