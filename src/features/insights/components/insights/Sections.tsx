/** Indblik's four blocks: stories, name news, portraits and consent, each figure with its summary and table. */
import * as React from 'react';
import { fill } from '../../../../shared/components/common/format';
import { NAVNENYT_TYPES } from '../../../navnenyt';
import { SHARE_STATUSES } from '../../../portraits';
import { CONSENT_CATEGORIES, CONSENT_CHANNELS } from '../../../privacy';
import type { ITable } from '../../domain/csv';
import type { GuardedShare, INameCount } from '../../domain/models';
import type { IInsightsView } from '../../domain/view';
import type { IInsightsTexts } from '../../loc/insightsStrings';
import { BarChart, Figure, StackedColumns } from './Charts';
import { insightStyles as s } from './insightsStyles';
import { monthLabel, round1, TABLE } from './tables';

export interface ISectionProps {
  readonly view: IInsightsView;
  readonly texts: IInsightsTexts;
  readonly locale: string;
  readonly tables: readonly ITable[];
}

const tableOf = (tables: readonly ITable[], id: string): ITable | undefined => tables.find((t) => t.id === id);

function numberText(n: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 }).format(n);
}

/** A share in words: `12,5 %`, or "under 5". */
export function shareText(share: GuardedShare, t: IInsightsTexts, locale: string): string {
  return share.kind === 'shown' ? `${numberText(round1(share.percent), locale)} %` : t.under5;
}

/** Hours in words: under two days in hours, else in days. */
function durationText(hours: number, t: IInsightsTexts, locale: string): string {
  return hours < 48 ? fill(t.nameNews.hours, numberText(round1(hours), locale)) : fill(t.nameNews.days, numberText(round1(hours / 24), locale));
}

function Block(props: { readonly title: string; readonly children: React.ReactNode }): React.ReactElement {
  return (
    <div className={s.block}>
      <h3 className={s.blockHeading}>{props.title}</h3>
      {props.children}
    </div>
  );
}

function namesFigure(p: ISectionProps, id: string, title: string, rows: readonly INameCount[], never: readonly string[]): React.ReactElement {
  const t = p.texts.stories;
  const known = rows.filter((r) => r.known);
  const summary = fill(t.namesSummary, known.filter((r) => r.count > 0).length, known.length, never.length ? fill(t.never, never.join(', ')) : t.allAppear);
  const bars = rows.map((r) => ({ label: r.name, value: r.count, text: r.count === 0 ? `0 – ${t.neverMark}` : String(r.count), marked: r.count === 0 }));
  return (
    <Figure id={id} title={title} summary={summary} table={tableOf(p.tables, id)} texts={p.texts} locale={p.locale}>
      <BarChart bars={bars} />
    </Figure>
  );
}

export function StoriesBlock(p: ISectionProps): React.ReactElement {
  const t = p.texts.stories;
  const st = p.view.stories;
  const below = st.byTheme.filter((r) => r.target !== undefined && r.count < r.target).map((r) => r.theme);
  const summary = fill(t.byThemeSummary, st.total, below.length ? fill(t.belowTarget, below.join(', ')) : t.allTargetsMet);
  const bars = st.byTheme.map((r) => ({
    label: r.theme,
    value: r.count,
    target: r.target,
    text: r.target === undefined ? String(r.count) : fill(t.ofTarget, r.count, r.target),
    marked: r.target !== undefined && r.count < r.target,
  }));
  return (
    <Block title={t.heading}>
      <Figure id={TABLE.themes} title={t.byTheme} summary={summary} table={tableOf(p.tables, TABLE.themes)} texts={p.texts} locale={p.locale}>
        <BarChart bars={bars} />
      </Figure>
      <div className={s.figures}>
        {namesFigure(p, TABLE.areas, t.byArea, st.byArea, st.neverAreas)}
        {namesFigure(p, TABLE.towns, t.byTown, st.byTown, st.neverTowns)}
      </div>
    </Block>
  );
}

export function NameNewsBlock(p: ISectionProps): React.ReactElement {
  const t = p.texts.nameNews;
  const { byMonth, total, approval: a } = p.view.nameNews;
  const top = byMonth.reduce((best, m) => (m.total > best.total ? m : best), byMonth[0]);
  const columns = byMonth.map((m) => ({ label: monthLabel(m.month, p.texts).slice(0, 3), segments: NAVNENYT_TYPES.map((type) => m.counts[type]), total: m.total }));
  const approvalSummary =
    a.count > 0 && a.medianHours !== undefined && a.slowestHours !== undefined
      ? fill(t.approvalSummary, durationText(a.medianHours, p.texts, p.locale), durationText(a.slowestHours, p.texts, p.locale), a.count)
      : t.noApprovals;
  return (
    <Block title={t.heading}>
      <Figure id={TABLE.months} title={t.byMonth} summary={fill(t.byMonthSummary, total, top ? monthLabel(top.month, p.texts) : '–', top?.total ?? 0)} table={tableOf(p.tables, TABLE.months)} texts={p.texts} locale={p.locale}>
        <StackedColumns columns={columns} series={NAVNENYT_TYPES.map((type) => t.types[type])} />
      </Figure>
      <Figure id={TABLE.approval} title={t.approval} summary={`${approvalSummary} ${fill(t.waiting, a.pending, a.rejected)}`} table={tableOf(p.tables, TABLE.approval)} texts={p.texts} locale={p.locale}>
        <p className={s.stat}>{t.approvalNote}</p>
      </Figure>
    </Block>
  );
}

export function PortraitsBlock(p: ISectionProps): React.ReactElement {
  const t = p.texts.portraits;
  const { byProfession, funnel, total } = p.view.portraits;
  const priority = byProfession.filter((r) => r.priority).reduce((n, r) => n + r.count, 0);
  const without = byProfession.filter((r) => r.count === 0).map((r) => r.profession);
  const bars = byProfession.map((r) => ({ label: r.priority ? `${r.profession} (${t.priority})` : r.profession, value: r.count, text: String(r.count), marked: r.priority && r.count === 0 }));
  return (
    <Block title={t.heading}>
      <p className={s.summary}>{t.note}</p>
      <Figure id={TABLE.professions} title={t.byProfession} summary={fill(t.byProfessionSummary, total, priority, without.length ? without.join(', ') : '–')} table={tableOf(p.tables, TABLE.professions)} texts={p.texts} locale={p.locale}>
        <BarChart bars={bars} />
      </Figure>
      <div className={s.figures}>
        {funnel.map((f) => {
          const id = TABLE.funnel(f.channel);
          const summary = fill(t.funnelSummary, t.channels[f.channel], SHARE_STATUSES.map((st) => `${f.counts[st]} ${t.statuses[st].toLocaleLowerCase(p.locale)}`).join(', '));
          return (
            <Figure key={id} id={id} title={fill(t.funnel, t.channels[f.channel])} summary={summary} table={tableOf(p.tables, id)} texts={p.texts} locale={p.locale}>
              <BarChart bars={SHARE_STATUSES.map((st) => ({ label: t.statuses[st], value: f.counts[st], text: String(f.counts[st]) }))} max={Math.max(1, total)} />
            </Figure>
          );
        })}
      </div>
    </Block>
  );
}

export function ConsentBlock(p: ISectionProps): React.ReactElement {
  const t = p.texts.consent;
  const c = p.view.consent;
  const employees = fill(p.view.employeesFrom === 'setting' ? t.employeesFromSetting : t.employeesFromSite, c.employees);
  return (
    <Block title={t.heading}>
      <p className={s.summary}>{t.rule}</p>
      <Figure id={TABLE.saved} title={t.saved} summary={`${fill(t.savedSummary, shareText(c.saved, p.texts, p.locale))} ${employees}`} table={tableOf(p.tables, TABLE.saved)} texts={p.texts} locale={p.locale}>
        <BarChart bars={[{ label: t.saved, value: c.saved.kind === 'shown' ? c.saved.percent : undefined, text: shareText(c.saved, p.texts, p.locale) }]} max={100} />
      </Figure>
      <div className={s.figures}>
        {CONSENT_CHANNELS.map((channel) => {
          const id = TABLE.consent(channel);
          const rows = CONSENT_CATEGORIES.map((category) => ({ category, yes: c.rows.find((r) => r.channel === channel && r.category === category)?.yes ?? { kind: 'under5' as const } }));
          const summary = fill(t.byChannelSummary, t.channels[channel], rows.map((r) => `${t.categories[r.category].toLocaleLowerCase(p.locale)} ${shareText(r.yes, p.texts, p.locale)}`).join(', '));
          const bars = rows.map((r) => ({ label: t.categories[r.category], value: r.yes.kind === 'shown' ? r.yes.percent : undefined, text: shareText(r.yes, p.texts, p.locale) }));
          return (
            <Figure key={id} id={id} title={fill(t.byChannel, t.channels[channel])} summary={summary} table={tableOf(p.tables, id)} texts={p.texts} locale={p.locale}>
              <BarChart bars={bars} max={100} />
            </Figure>
          );
        })}
      </div>
    </Block>
  );
}
