import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { getId } from '@fluentui/react/lib/Utilities';
import type { IWithdrawalTask } from '../../domain/consentStorage';
import { navnenytSentence } from '../../domain/sentences';
import { toDataError } from '../../../../shared/data/errors';
import type { IWithdrawalRepository } from '../../data/IWithdrawalRepository';
import { navnenytTexts } from '../../loc';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IApproveStrings } from '../../loc/approveStrings';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { fill } from '../../../../shared/components/common/format';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { styles } from '../../../../shared/components/common/styles';
import { approveStyles } from './approveStyles';
import { NoticeBar } from '../../../../shared/components/common/NoticeBar';
import type { Notice } from '../../../../shared/components/common/NoticeBar';

export interface IWithdrawalTasksProps {
  readonly repository: IWithdrawalRepository;
  readonly strings: ICommonStrings & IApproveStrings;
}


/** One published item the person has since said no to (in part), why, and the one action: delete it with its photo. */
function TaskCard(props: { task: IWithdrawalTask; strings: ICommonStrings & IApproveStrings; busy: boolean; onRemove: (task: IWithdrawalTask) => void }): React.ReactElement {
  const { task, strings, busy } = props;
  const { item } = task;
  const t = strings.approve;
  const [headingId] = React.useState(() => getId('samtykke-trukket-tilbage-'));
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.cardBody}>
        <h4 id={headingId} className={styles.subheading}>
          {navnenytTexts(strings.locale).types[item.type]}: {item.name}
        </h4>
        {/* The sentence as published; the photo the person withdrew is not shown again. */}
        <p>{navnenytSentence(item, { showAge: !task.notAllowed.includes('age') }, navnenytTexts(strings.locale).words, { withYear: true })}</p>
        <ul className={approveStyles.reasons}>
          {task.notAllowed.map((reason) => (
            <li key={reason}>{t.notAllowed[reason]}</li>
          ))}
        </ul>
        <div className={approveStyles.actions}>
          <PrimaryButton text={item.photo ? t.removeItemAndPhoto : t.removeItem} ariaDescription={item.name} disabled={busy} onClick={() => props.onRemove(task)} />
        </div>
      </div>
    </article>
  );
}

function TaskList(props: IWithdrawalTasksProps & { initial: readonly IWithdrawalTask[] }): React.ReactElement {
  const { repository, strings } = props;
  const [tasks, setTasks] = React.useState(props.initial);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>();

  const remove = async (task: IWithdrawalTask): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      await repository.remove(task.item);
      setTasks((all) => all.filter((x) => x.item.id !== task.item.id));
      setNotice({ kind: 'done', text: fill(strings.approve.removed, task.item.name) });
    } catch (e) {
      const error = toDataError(e);
      // Gone already (someone else deleted it): the task is done.
      if (error.kind === 'notFound') setTasks((all) => all.filter((x) => x.item.id !== task.item.id));
      setNotice({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <NoticeBar notice={notice} strings={strings} />
      {tasks.length === 0 ? (
        <p className={styles.empty}>{strings.approve.withdrawalsEmpty}</p>
      ) : (
        <ul className={approveStyles.queue}>
          {tasks.map((task) => (
            <li key={task.item.id}>
              <TaskCard task={task} strings={strings} busy={busy} onRemove={(x) => void remove(x)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * *Samtykke trukket tilbage*: published name news whose person has since said no to its category, the age or the
 * photo. The front page already hides it; until it is deleted, every employee can still read it in the list.
 */
export function WithdrawalTasks(props: IWithdrawalTasksProps): React.ReactElement {
  const { repository, strings } = props;
  const t = strings.approve;
  const [headingId] = React.useState(() => getId('samtykke-'));
  const state = useAsync(() => repository.getTasks(), [repository]);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t.withdrawalsTitle}
      </h3>
      <p className={styles.meta}>{t.withdrawalsIntro}</p>
      <AsyncContent state={state} strings={strings} loadingLabel={t.withdrawalsLoading} emptyText={t.withdrawalsEmpty} isEmpty={() => false}>
        {(tasks) => <TaskList {...props} initial={tasks} />}
      </AsyncContent>
    </section>
  );
}
