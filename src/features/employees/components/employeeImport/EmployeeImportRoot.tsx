/**
 * Indlæs medarbejderdata (HR): pick or drop a CSV or KMD OPUS XML file, check the proposed columns, see the preview
 * (new, changed with their fields, unchanged, leaving, and every row that cannot be used), load with a progress bar,
 * and read the receipt. CPR numbers stay in this browser: only the birth date derived from them is written.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { fill } from '../../../../shared/components/common/format';
import { useInstanceId } from '../../../../shared/components/common/ids';
import { styles } from '../../../../shared/components/common/styles';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import type { IsoDate } from '../../../../shared/domain/models';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IImportPlan } from '../../domain/importModels';
import type { IEmployeeImportRepository } from '../../data/IEmployeeImportRepository';
import type { IImportStrings } from '../../loc/importStrings';
import { FilePicker } from './FilePicker';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import { ImportReceipt, receiptTime, RecentImports } from './ImportReceipt';
import { importStyles as s } from './importStyles';
import { summaryOf } from './importWords';
import { MappingEditor } from './MappingEditor';
import { useEmployeeImport } from './useEmployeeImport';

export interface IEmployeeImportRootProps {
  readonly repository: IEmployeeImportRepository;
  readonly strings: ICommonStrings & IImportStrings;
  readonly today: IsoDate;
  readonly siteUrl: string;
}

export function EmployeeImportRoot(props: IEmployeeImportRootProps): React.ReactElement {
  const { repository, strings } = props;
  const t = strings.employeeImport;
  const locale = strings.locale;
  const id = useInstanceId('indlaes-medarbejderdata');
  const summary = React.useCallback((plan: IImportPlan) => summaryOf(plan, t, locale), [t, locale]);
  const flow = useEmployeeImport(repository, props.today, props.siteUrl, summary);
  const { table, write } = flow;
  const finished = write.status === 'done' ? write.receipt.id : 0;
  // `finished` is the last receipt's id: the log is read again after each load.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const recent = useAsync(() => repository.recentImports(5), [repository, finished]);
  const nf = (n: number): string => n.toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB');

  return (
    <WebPartSection id={id} title={t.title} lang={locale}>
      <p>{t.intro}</p>
      <p className={styles.meta}>{t.privacy}</p>
      {!table && <FilePicker texts={t} label={t.pick} onFile={flow.chooseFile} />}
      {flow.reading && <Spinner size={SpinnerSize.medium} label={t.reading} ariaLive="polite" />}
      {flow.fileProblem && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {t.fileErrors[flow.fileProblem]}
        </MessageBar>
      )}
      {table && (
        <>
          <p data-testid="file-info">
            {[fill(t.fileInfo, table.fileName, nf(table.rows.length)), `${t.kinds[table.kind]}, ${t.encodings[table.encoding]}`, table.separator ? t.separators[table.separator] : ''].filter((x) => x !== '').join(' · ')}
          </p>
          {write.status !== 'writing' && (
            <div className={s.actions}>
              <DefaultButton text={write.status === 'done' ? t.newFile : t.otherFile} onClick={flow.reset} />
            </div>
          )}
          {write.status === 'idle' && (
            <MappingEditor
              table={table}
              mapping={flow.mapping}
              problems={flow.problems}
              dateFormats={flow.rows?.dateFormats ?? {}}
              fullExtract={flow.fullExtract}
              texts={t}
              locale={locale}
              onColumn={flow.setColumn}
              onFullExtract={flow.setFullExtract}
            />
          )}
          {flow.existing.loading && write.status === 'idle' && <Spinner size={SpinnerSize.medium} label={t.readingList} ariaLive="polite" />}
          {flow.existing.error && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={flow.retryRead}>{strings.common.retry}</DefaultButton>}>
              <strong>{strings.common.errorHeading}.</strong> {strings.common.errors[flow.existing.error.kind]}
            </MessageBar>
          )}
          {flow.plan && write.status === 'idle' && <ImportPreview table={table} mapping={flow.mapping} plan={flow.plan} texts={t} locale={locale} canLoad onLoad={flow.load} />}
          {write.status === 'writing' && (
            <>
              {write.resumedFrom && <p>{fill(t.resumed, write.resumedFrom.by, receiptTime(write.resumedFrom.created, locale))}</p>}
              <ImportProgress progress={write.progress} startedAt={write.startedAt} texts={t} locale={locale} />
            </>
          )}
          {write.status === 'interrupted' && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<PrimaryButton onClick={flow.load}>{t.resume}</PrimaryButton>}>
              {fill(t.interrupted, nf(write.progress.done), nf(write.progress.total))} {strings.common.errors[write.error.kind]}
            </MessageBar>
          )}
          {write.status === 'done' && <ImportReceipt receipt={write.receipt} texts={t} locale={locale} />}
        </>
      )}
      <RecentImports state={recent} texts={t} strings={strings} />
    </WebPartSection>
  );
}
