/**
 * Every figure of the view as a table: the data table alternative under each chart and, all together, the CSV file.
 * One source, so the page and the download never disagree.
 */
import { fill } from '../../../../shared/components/common/format';
import { NAVNENYT_TYPES } from '../../../navnenyt';
import { SHARE_STATUSES } from '../../../portraits';
import { CONSENT_CATEGORIES, CONSENT_CHANNELS } from '../../../privacy';
import type { Cell, ITable } from '../../domain/csv';
import type { GuardedShare } from '../../domain/models';
import type { IInsightsView } from '../../domain/view';
import type { IInsightsTexts } from '../../loc/insightsStrings';

/** Table ids, which the charts name. */
export const TABLE = {
  themes: 'themes',
  areas: 'areas',
  towns: 'towns',
  months: 'months',
  approval: 'approval',
  professions: 'professions',
  funnel: (channel: string): string => `funnel-${channel}`,
  saved: 'saved',
  consent: (channel: string): string => `consent-${channel}`,
} as const;

/** One decimal. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

/** A guarded share as a table cell: the percentage with one decimal, or "under 5". */
export function shareCell(share: GuardedShare, t: IInsightsTexts): Cell {
  return share.kind === 'shown' ? round1(share.percent) : t.under5;
}

/** `2026-03` → `marts 2026`. */
export function monthLabel(month: string, t: IInsightsTexts): string {
  return `${t.months[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

export function insightTables(view: IInsightsView, t: IInsightsTexts): ITable[] {
  const s = t.stories;
  const n = t.nameNews;
  const p = t.portraits;
  const c = t.consent;
  const a = view.nameNews.approval;
  const mark = (count: number): Cell[] => [count, count === 0 ? s.neverMark : ''];
  return [
    { id: TABLE.themes, title: s.byTheme, columns: s.themeColumns, rows: view.stories.byTheme.map((r) => [r.theme, r.count, r.target ?? '']) },
    { id: TABLE.areas, title: s.byArea, columns: [...s.areaColumns, ''], rows: view.stories.byArea.map((r) => [r.name, ...mark(r.count)]) },
    { id: TABLE.towns, title: s.byTown, columns: [...s.townColumns, ''], rows: view.stories.byTown.map((r) => [r.name, ...mark(r.count)]) },
    {
      id: TABLE.months,
      title: n.byMonth,
      columns: [n.monthColumn, ...NAVNENYT_TYPES.map((type) => n.types[type]), n.totalColumn],
      rows: view.nameNews.byMonth.map((m) => [monthLabel(m.month, t), ...NAVNENYT_TYPES.map((type) => m.counts[type]), m.total]),
    },
    {
      id: TABLE.approval,
      title: n.approval,
      columns: n.approvalColumns,
      rows: [
        [n.approvalRows.count, a.count],
        [n.approvalRows.median, a.medianHours === undefined ? '' : round1(a.medianHours)],
        [n.approvalRows.slowest, a.slowestHours === undefined ? '' : round1(a.slowestHours)],
        [n.approvalRows.pending, a.pending],
        [n.approvalRows.rejected, a.rejected],
      ],
    },
    { id: TABLE.professions, title: p.byProfession, columns: p.professionColumns, rows: view.portraits.byProfession.map((r) => [r.profession, r.count, r.priority ? t.yes : t.no]) },
    ...view.portraits.funnel.map((f) => ({
      id: TABLE.funnel(f.channel),
      title: fill(p.funnel, p.channels[f.channel]),
      columns: p.funnelColumns,
      rows: SHARE_STATUSES.map((status) => [p.statuses[status], f.counts[status]]),
    })),
    {
      id: TABLE.saved,
      title: c.saved,
      columns: c.savedColumns,
      rows: [
        [`${c.saved} (%)`, shareCell(view.consent.saved, t)],
        [c.employeesRow, view.consent.employees],
      ],
    },
    ...CONSENT_CHANNELS.map((channel) => ({
      id: TABLE.consent(channel),
      title: fill(c.byChannel, c.channels[channel]),
      columns: c.consentColumns,
      rows: CONSENT_CATEGORIES.map((category) => {
        const row = view.consent.rows.find((r) => r.channel === channel && r.category === category);
        return [c.categories[category], row ? shareCell(row.yes, t) : ''];
      }),
    })),
  ];
}
