/**
 * Indblik (communications): does the content follow the strategy? For a period communications picks (by default the
 * last twelve months): stories per theme against the targets and per area and town, name news per month and the time
 * to approval, portraits per profession and channel, consent in aggregate (never about fewer than five people), and
 * no page views where SharePoint gives none. Every figure can be read as text and as a table, and the whole view
 * downloads as one CSV file for Danish Excel.
 */
import * as React from 'react';
import { CSV_TYPE, downloadFile } from '../../../../shared/components/common/download';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { fill } from '../../../../shared/components/common/format';
import { useInstanceId } from '../../../../shared/components/common/ids';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import { formatNumericDate } from '../../../../shared/domain/dates';
import type { IsoDate } from '../../../../shared/domain/models';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IInsightsRepository } from '../../data/IInsightsRepository';
import { toCsv } from '../../domain/csv';
import type { ITable } from '../../domain/csv';
import type { IPeriod } from '../../domain/models';
import { defaultPeriod, periodOf } from '../../domain/period';
import { buildView } from '../../domain/view';
import type { IInsightsSettings } from '../../domain/view';
import type { IInsightsStrings, IInsightsTexts } from '../../loc/insightsStrings';
import { insightStyles as s } from './insightsStyles';
import { ConsentBlock, NameNewsBlock, PortraitsBlock, StoriesBlock } from './Sections';
import { insightTables } from './tables';

export interface IInsightsRootProps {
  readonly repository: IInsightsRepository;
  readonly strings: ICommonStrings & IInsightsStrings;
  readonly today: IsoDate;
  readonly settings: IInsightsSettings;
}

function PeriodForm(props: { readonly period: IPeriod; readonly texts: IInsightsTexts; readonly id: string; readonly onChange: (p: IPeriod) => void }): React.ReactElement {
  const t = props.texts.period;
  const [from, setFrom] = React.useState(props.period.from);
  const [to, setTo] = React.useState(props.period.to);
  const [invalid, setInvalid] = React.useState(false);
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    const p = periodOf(from, to);
    setInvalid(!p);
    if (p) props.onChange(p);
  };
  const errorId = `${props.id}-period-error`;
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className={s.fieldset}>
        <legend className={s.legend}>{t.legend}</legend>
        <label className={s.label}>
          {t.from}
          <input className={s.input} type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={invalid} aria-describedby={invalid ? errorId : undefined} />
        </label>
        <label className={s.label}>
          {t.to}
          <input className={s.input} type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={invalid} aria-describedby={invalid ? errorId : undefined} />
        </label>
        <button type="submit" className={s.button}>
          {t.show}
        </button>
        {invalid && (
          <p id={errorId} className={s.error} role="alert">
            {t.invalid}
          </p>
        )}
      </fieldset>
    </form>
  );
}

export function InsightsRoot(props: IInsightsRootProps): React.ReactElement {
  const { repository, strings, settings } = props;
  const t = strings.insights;
  const id = useInstanceId('indblik');
  const [period, setPeriod] = React.useState<IPeriod>(() => defaultPeriod(props.today));
  const state = useAsync(() => repository.load(period), [repository, period]);
  const view = React.useMemo(() => (state.data ? buildView(state.data, settings, period) : undefined), [state.data, settings, period]);
  const tables = React.useMemo<ITable[]>(() => (view ? insightTables(view, t) : []), [view, t]);
  const locale = strings.locale;
  const sectionProps = view && { view, texts: t, locale, tables };
  return (
    <WebPartSection id={id} title={t.title} lang={locale}>
      <p className={s.intro}>{t.intro}</p>
      <div className={s.toolbar}>
        <PeriodForm period={period} texts={t} id={id} onChange={setPeriod} />
        {view && (
          <button type="button" className={s.button} onClick={() => downloadFile(fill(t.fileName, view.period.from, view.period.to), toCsv(tables), CSV_TYPE)}>
            {t.download}
          </button>
        )}
      </div>
      <p aria-live="polite">{fill(t.period.showing, formatNumericDate(period.from, locale), formatNumericDate(period.to, locale))}</p>
      <AsyncContent state={state} strings={strings} loadingLabel={t.loading} emptyText="" isEmpty={() => false}>
        {() =>
          sectionProps ? (
            <>
              <StoriesBlock {...sectionProps} />
              <NameNewsBlock {...sectionProps} />
              <PortraitsBlock {...sectionProps} />
              <ConsentBlock {...sectionProps} />
              <div className={s.block}>
                <h3 className={s.blockHeading}>{t.pageViews.heading}</h3>
                <p>{t.pageViews.text}</p>
              </div>
            </>
          ) : null
        }
      </AsyncContent>
    </WebPartSection>
  );
}
