import * as React from 'react';
import { CSV_TYPE, downloadFile } from '../../../../shared/components/common/download';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { fill } from '../../../../shared/components/common/format';
import { useIdScope } from '../../../../shared/components/common/ids';
import { styles } from '../../../../shared/components/common/styles';
import type { Locale } from '../../../../shared/domain/dates';
import { errorRowsCsv } from '../../domain/errorFile';
import type { ColumnMapping, IImportPlan, IRawTable } from '../../domain/importModels';
import type { IImportTexts } from '../../loc/IImportTexts';
import { importStyles as s } from './importStyles';
import { describeChange, describeError } from './importWords';

const SHOWN_CHANGES = 50;
const SHOWN_ERRORS = 100;

export interface IImportPreviewProps {
  readonly table: IRawTable;
  readonly mapping: ColumnMapping;
  readonly plan: IImportPlan;
  readonly texts: IImportTexts;
  readonly locale: Locale;
  /** Whether *Indlæs* is offered (not while writing). */
  readonly canLoad: boolean;
  readonly onLoad: () => void;
}

/** What *Indlæs* would do: the counts, the changes with their fields, and every row that cannot be used. */
export function ImportPreview(props: IImportPreviewProps): React.ReactElement {
  const { plan, texts: t, mapping } = props;
  const scope = useIdScope();
  const counts = ['new', 'changed', 'unchanged', 'leaving', 'errors'] as const;
  const errorLines = React.useMemo(() => {
    const byLine = new Map<number, string[]>();
    for (const e of plan.errors) byLine.set(e.line, [...(byLine.get(e.line) ?? []), describeError(e, t, mapping)]);
    return Array.from(byLine, ([line, reasons]) => ({ line, reasons: reasons.join(' ') }));
  }, [plan.errors, t, mapping]);
  const onDownload = (): void => {
    const texts = { ...t.errorFile, describe: (e: Parameters<typeof describeError>[0]) => describeError(e, t, mapping) };
    downloadFile(t.errorFile.fileName, errorRowsCsv(props.table, mapping, plan.errors, texts), CSV_TYPE);
  };
  return (
    <section aria-labelledby={`${scope}-preview`}>
      <h3 id={`${scope}-preview`} className={styles.subheading}>
        {t.previewTitle}
      </h3>
      <ul className={s.counts} aria-label={t.previewTitle}>
        {counts.map((k) => (
          <li key={k} className={s.count} data-count={k}>
            <span className={s.countValue}>{plan.counts[k].toLocaleString(props.locale === 'da' ? 'da-DK' : 'en-GB')}</span>
            {t.counts[k]}
          </li>
        ))}
      </ul>
      {plan.leaversSuspended && <MessageBar messageBarType={MessageBarType.warning} isMultiline>{t.leaversSuspended}</MessageBar>}
      {plan.changes.length > 0 && (
        <>
          <h4 className={styles.subheading}>{t.changesTitle}</h4>
          <div className={s.tableWrap}>
            <table className={s.table}>
              <thead>
                <tr>
                  <th scope="col">{t.columns.employeeNumber}</th>
                  <th scope="col">{t.columns.name}</th>
                  <th scope="col">{t.columns.kind}</th>
                  <th scope="col">{t.columns.what}</th>
                </tr>
              </thead>
              <tbody>
                {plan.changes.slice(0, SHOWN_CHANGES).map((c) => (
                  <tr key={c.employeeNumber}>
                    <td>{c.employeeNumber}</td>
                    <td>{c.name}</td>
                    <td>{t.changeKinds[c.kind]}</td>
                    <td>{describeChange(c, t, props.locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {plan.changes.length > SHOWN_CHANGES && <p className={styles.meta}>{fill(t.firstOf, SHOWN_CHANGES, plan.changes.length)}</p>}
        </>
      )}
      {errorLines.length > 0 && (
        <section aria-labelledby={`${scope}-errors`}>
          <h4 id={`${scope}-errors`} className={styles.subheading}>
            {t.errorsTitle}
          </h4>
          <p>{t.errorsIntro}</p>
          <div className={s.tableWrap}>
            <table className={s.table}>
              <thead>
                <tr>
                  <th scope="col">{t.columns.line}</th>
                  <th scope="col">{t.columns.reason}</th>
                </tr>
              </thead>
              <tbody>
                {errorLines.slice(0, SHOWN_ERRORS).map((e) => (
                  <tr key={e.line}>
                    <td>{e.line}</td>
                    <td>{e.reasons}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {errorLines.length > SHOWN_ERRORS && <p className={styles.meta}>{fill(t.firstOf, SHOWN_ERRORS, errorLines.length)}</p>}
          <div className={s.actions}>
            <DefaultButton text={t.downloadErrors} onClick={onDownload} />
          </div>
        </section>
      )}
      <div className={s.actions}>
        {plan.changes.length === 0 ? <p role="status">{t.nothingToLoad}</p> : props.canLoad && <PrimaryButton text={fill(t.load, plan.changes.length.toLocaleString(props.locale === 'da' ? 'da-DK' : 'en-GB'))} onClick={props.onLoad} />}
      </div>
    </section>
  );
}
