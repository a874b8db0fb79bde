/**
 * Indblik: what communications sees of the content and the consent, as plain figures. Pure types; the texts are in
 * loc, the SharePoint names in the data layer.
 */
import type { ApprovalStatus, IsoDate } from '../../../shared/domain/models';
import type { NavnenytType } from '../../navnenyt';
import type { PortraitChannel, Profession, ShareStatus } from '../../portraits';
import type { ConsentCategory, ConsentChannel } from '../../privacy';
import type { StoryTheme } from '../../stories';

/** The period communications looks at, both days included. */
export interface IPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A story as Indblik counts it. */
export interface IStoryFact {
  readonly theme?: StoryTheme;
  readonly area?: string;
  /** The town (the page's *Sted*). */
  readonly place?: string;
  readonly publishDate?: IsoDate;
}

/** A name news item as Indblik counts it: what, when, and when HR submitted it and it was approved. */
export interface INameNewsFact {
  readonly type: NavnenytType;
  readonly eventDate: IsoDate;
  readonly approval: ApprovalStatus;
  /** HR's submission (the item's Created), an ISO instant. */
  readonly submitted?: string;
  /** The approval (the approved item's Modified), an ISO instant; only for approved items. */
  readonly approved?: string;
}

/** A portrait as Indblik counts it. */
export interface IPortraitFact {
  readonly profession?: Profession;
  readonly status: Readonly<Record<PortraitChannel, ShareStatus>>;
}

/** One person's choices in force as Indblik counts them (never who they are). */
export type ChoicesFact = Readonly<Record<ConsentChannel, Readonly<Record<ConsentCategory, boolean>>>>;

/** A count against a target (stories per theme). */
export interface ITargetRow {
  readonly theme: StoryTheme;
  readonly count: number;
  /** The target for the period (the yearly target pro rata), when one is set. */
  readonly target?: number;
}

/** A count per name (area or town); `known` is one of the municipality's, `count` 0 means it never appears. */
export interface INameCount {
  readonly name: string;
  readonly count: number;
  readonly known: boolean;
}

/** Name news in one month (`YYYY-MM`), per type. */
export interface IMonthRow {
  readonly month: string;
  readonly counts: Readonly<Record<NavnenytType, number>>;
  readonly total: number;
}

/** From HR's submission to approval, in hours. */
export interface IApprovalTimes {
  /** Approved items with both times. */
  readonly count: number;
  readonly medianHours?: number;
  readonly slowestHours?: number;
  /** Items still waiting for approval, and rejected ones, in the period. */
  readonly pending: number;
  readonly rejected: number;
}

export interface IProfessionRow {
  readonly profession: Profession;
  readonly count: number;
  readonly priority: boolean;
}

export interface IFunnelRow {
  readonly channel: PortraitChannel;
  readonly counts: Readonly<Record<ShareStatus, number>>;
}

/**
 * A figure about people: shown only when it is about at least five on either side (`MIN_GROUP`); else "under 5".
 * `count` of `base` (the yes-count of those asked, the saved of all employees).
 */
export type GuardedShare = { readonly kind: 'shown'; readonly count: number; readonly base: number; readonly percent: number } | { readonly kind: 'under5' };

export interface IConsentRow {
  readonly channel: ConsentChannel;
  readonly category: ConsentCategory;
  readonly yes: GuardedShare;
}

export interface IConsentInsights {
  /** Employees with saved choices, of all employees. */
  readonly saved: GuardedShare;
  readonly employees: number;
  /** The yes-rate per channel and category, of those with saved choices. */
  readonly rows: readonly IConsentRow[];
}

/** What Indblik counts: facts, never names. */
export interface IInsightsFacts {
  readonly stories: readonly IStoryFact[];
  readonly nameNews: readonly INameNewsFact[];
  readonly portraits: readonly IPortraitFact[];
  /** The choices in force of everyone who has saved any: one per person, without who. */
  readonly choices: readonly ChoicesFact[];
  /** The site's people (its users that are persons with an e-mail). */
  readonly siteUsers: number;
}
