import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { formatLongDate } from '../../../../shared/domain/dates';
import type { IsoDate } from '../../../../shared/domain/models';
import { toDataError } from '../../../../shared/data/errors';
import type { IDueItem, IRetentionRepository } from '../../data/IRetentionRepository';
import { navnenytTexts } from '../../loc';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IApproveStrings } from '../../loc/approveStrings';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { fill } from '../../../../shared/components/common/format';
import { useIdScope } from '../../../../shared/components/common/ids';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { styles } from '../../../../shared/components/common/styles';
import { NoticeBar } from '../../../../shared/components/common/NoticeBar';
import type { Notice } from '../../../../shared/components/common/NoticeBar';
import { approveStyles } from './approveStyles';

export interface IRetentionCleanupProps {
  readonly repository: IRetentionRepository;
  readonly strings: ICommonStrings & IApproveStrings;
  /** Today in Europe/Copenhagen. */
  readonly today: IsoDate;
  readonly retentionDays: number;
}

function DueList(props: IRetentionCleanupProps & { initial: readonly IDueItem[] }): React.ReactElement {
  const { repository, strings, retentionDays } = props;
  const t = strings.retention;
  const scope = useIdScope();
  const [due, setDue] = React.useState(props.initial);
  const [open, setOpen] = React.useState(false);
  const [confirming, setConfirming] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>();
  const types = navnenytTexts(strings.locale).types;

  const cleanUp = async (): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      const result = await repository.recycle(due.map((d) => d.item));
      const gone = new Set(result.recycled);
      setDue((all) => all.filter((d) => !gone.has(d.item.id)));
      const [firstFailure] = result.failed;
      setNotice(
        firstFailure
          ? { kind: 'error', error: toDataError(firstFailure.error), text: fill(t.partly, result.recycled.length, result.failed.length) }
          : { kind: 'done', text: fill(t.done, result.recycled.length) },
      );
    } catch (e) {
      setNotice({ kind: 'error', error: toDataError(e) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <NoticeBar notice={notice} strings={strings} />
      {due.length === 0 ? (
        <p className={styles.empty}>{t.none}</p>
      ) : (
        <>
          <p>{fill(t.due, due.length, retentionDays)}</p>
          <button type="button" className={styles.disclosure} aria-expanded={open} aria-controls={`${scope}-opbevaring`} onClick={() => setOpen(!open)}>
            {t.showList}
          </button>
          <ul id={`${scope}-opbevaring`} hidden={!open} className={approveStyles.reasons}>
            {due.map((d) => (
              <li key={d.item.id}>{fill(t.dueItem, types[d.item.type], d.item.name, formatLongDate(d.keptUntil, strings.locale))}</li>
            ))}
          </ul>
          {confirming ? (
            <div role="group" aria-label={fill(t.confirm, due.length)} className={approveStyles.actions}>
              <p className={approveStyles.confirm}>{fill(t.confirm, due.length)}</p>
              <PrimaryButton text={t.confirmYes} disabled={busy} onClick={() => void cleanUp()} />
              <DefaultButton text={strings.approve.cancel} disabled={busy} onClick={() => setConfirming(false)} />
            </div>
          ) : (
            <div className={approveStyles.actions}>
              <DefaultButton text={fill(t.deleteAll, due.length)} disabled={busy} onClick={() => setConfirming(true)} />
            </div>
          )}
        </>
      )}
    </>
  );
}

/**
 * *Opbevaring*: name news past their retention period (domain/retention.ts), how many, which, and one action with a
 * confirmation that puts them all in the recycle bin with their photos.
 */
export function RetentionCleanup(props: IRetentionCleanupProps): React.ReactElement {
  const { repository, strings, today, retentionDays } = props;
  const t = strings.retention;
  const headingId = `${useIdScope()}-opbevaring-titel`;
  const state = useAsync(() => repository.getDue(today, retentionDays), [repository, today, retentionDays]);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t.title}
      </h3>
      <p className={styles.meta}>{fill(t.intro, retentionDays)}</p>
      <AsyncContent state={state} strings={strings} loadingLabel={t.loading} emptyText={t.none} isEmpty={() => false}>
        {(due) => <DueList {...props} initial={due} />}
      </AsyncContent>
    </section>
  );
}
