import * as React from 'react';
import { changedFields } from '../../domain/navnenytChanges';
import { toDataError } from '../../../../shared/data/errors';
import type { ApprovalDecision, INavnenytEditorRepository } from '../../data/INavnenytEditorRepository';
import type { IWithdrawalRepository } from '../../data/IWithdrawalRepository';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IApproveStrings } from '../../loc/approveStrings';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import { useInstanceId } from '../../../../shared/components/common/ids';
import { fill } from '../../../../shared/components/common/format';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { styles } from '../../../../shared/components/common/styles';
import { approveStyles } from './approveStyles';
import { PendingCard } from './PendingCard';
import { WithdrawalTasks } from './WithdrawalTasks';
import { RetentionCleanup } from './RetentionCleanup';
import type { IRetentionRepository } from '../../data/IRetentionRepository';
import type { IsoDate } from '../../../../shared/domain/models';
import type { INavnenytItem } from '../../domain/models';
import { navnenytEditorTexts } from '../../loc/editorTexts';
import { NoticeBar } from '../../../../shared/components/common/NoticeBar';
import type { Notice } from '../../../../shared/components/common/NoticeBar';

export interface IApproveNavnenytRootProps {
  readonly repository: INavnenytEditorRepository;
  /** Samtykke trukket tilbage: published items the person has since said no to. */
  readonly withdrawals: IWithdrawalRepository;
  /** Opbevaring: name news past their retention period. */
  readonly retention: IRetentionRepository;
  readonly retentionDays: number;
  /** Today in Europe/Copenhagen. */
  readonly today: IsoDate;
  readonly strings: ICommonStrings & IApproveStrings;
}


function Queue(props: IApproveNavnenytRootProps & { initial: readonly INavnenytItem[] }): React.ReactElement {
  const { repository, strings } = props;
  const [items, setItems] = React.useState(props.initial);
  const [changed, setChanged] = React.useState<Readonly<Record<number, readonly string[]>>>({});
  const [busyId, setBusyId] = React.useState<number>();
  const [notice, setNotice] = React.useState<Notice>();

  const decide = async (item: INavnenytItem, decision: ApprovalDecision, comment: string): Promise<void> => {
    setBusyId(item.id);
    setNotice(undefined);
    try {
      await repository.decide(item.id, decision, comment, item.etag ?? '*');
      setItems((all) => all.filter((i) => i.id !== item.id));
      setNotice({ kind: 'done', text: fill(decision === 'approved' ? strings.approve.approved : strings.approve.rejected, item.name) });
    } catch (e) {
      const error = toDataError(e);
      if (error.kind !== 'conflict') {
        setNotice({ kind: 'error', error });
        return;
      }
      // Someone changed the item since it was loaded: show the current version and what differs; decide again.
      try {
        const fresh = await repository.getItem(item.id);
        setItems((all) => (fresh.approval === 'pending' ? all.map((i) => (i.id === item.id ? fresh : i)) : all.filter((i) => i.id !== item.id)));
        setChanged((c) => ({ ...c, [item.id]: changedFields(item, fresh).map((f) => navnenytEditorTexts(strings.locale).changedFields[f]) }));
      } catch (reloadError) {
        setNotice({ kind: 'error', error: toDataError(reloadError) });
      }
    } finally {
      setBusyId(undefined);
    }
  };

  return (
    <>
      <NoticeBar notice={notice} strings={strings} />
      {items.length === 0 ? (
        <p className={styles.empty}>{strings.approve.empty}</p>
      ) : (
        <ul className={approveStyles.queue}>
          {items.map((item) => (
            <li key={item.id}>
              <PendingCard item={item} strings={strings} busy={busyId !== undefined} changed={changed[item.id]} onDecide={(i, d, c) => void decide(i, d, c)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ApproveNavnenytRoot(props: IApproveNavnenytRootProps): React.ReactElement {
  const { repository, strings } = props;
  const state = useAsync(() => repository.getPending(), [repository]);
  return (
    <WebPartSection id={useInstanceId('godkend-navnenyt')} title={strings.approve.title} lang={strings.locale}>
      <AsyncContent state={state} strings={strings} loadingLabel={strings.approve.loading} emptyText={strings.approve.empty} isEmpty={() => false}>
        {(pending) => <Queue {...props} initial={pending} />}
      </AsyncContent>
      <WithdrawalTasks repository={props.withdrawals} strings={strings} />
      <RetentionCleanup repository={props.retention} strings={strings} today={props.today} retentionDays={props.retentionDays} />
    </WebPartSection>
  );
}
