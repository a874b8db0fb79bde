import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { formatNumericDate } from '../../../../shared/domain/dates';
import type { IsoDate } from '../../../../shared/domain/models';
import type { IRejectedSubmissions } from '../../data/IRejectedSubmissions';
import { toDataError } from '../../../../shared/data/errors';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { ISubmitStrings } from '../../loc/submitStrings';
import { fill } from '../../../../shared/components/common/format';
import { useIdScope } from '../../../../shared/components/common/ids';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { styles } from '../../../../shared/components/common/styles';
import { formStyles } from './formStyles';
import type { INavnenytItem } from '../../domain/models';
import { navnenytTexts } from '../../loc';

export interface IRejectedSubmissionsProps {
  readonly rejected: IRejectedSubmissions;
  readonly strings: ICommonStrings & ISubmitStrings;
  /** Rejected submissions whose occasion is on or after this day. */
  readonly since: IsoDate;
  /** Bumped after each submission and discard, so the list follows. */
  readonly refresh: number;
  readonly onCorrect: (item: INavnenytItem) => void;
  readonly onDiscarded: () => void;
}

/**
 * *Afviste indsendelser*: the signed-in user's name news that communications rejected, with the reason, and the way
 * back: correct and send again, or discard. Nothing is shown while there are none.
 */
export function RejectedSubmissions(props: IRejectedSubmissionsProps): React.ReactElement | null {
  const scope = useIdScope();
  const { rejected, strings, since } = props;
  const t = strings.submit;
  const state = useAsync(
    () => rejected.getMine(since),
    // `refresh` counts sent and discarded items: HR's rejected items are read again after each.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rejected, since, props.refresh],
  );
  const [status, setStatus] = React.useState<{ error: boolean; text: string }>();
  const [busy, setBusy] = React.useState<number>();

  const discard = async (item: INavnenytItem): Promise<void> => {
    setBusy(item.id);
    try {
      await rejected.discard(item.id);
      setStatus({ error: false, text: fill(t.discarded, item.name) });
      props.onDiscarded();
    } catch (e) {
      setStatus({ error: true, text: strings.common.errors[toDataError(e).kind] });
    } finally {
      setBusy(undefined);
    }
  };

  const items = state.data ?? [];
  if (items.length === 0 && !state.error && !status) return null;
  return (
    <section aria-labelledby={`${scope}-rejected`} className={formStyles.suggestions}>
      <h3 id={`${scope}-rejected`} className={styles.subheading}>
        {t.rejectedTitle}
      </h3>
      <div role="status">{status && <MessageBar messageBarType={status.error ? MessageBarType.error : MessageBarType.success}>{status.text}</MessageBar>}</div>
      {state.error && <MessageBar messageBarType={MessageBarType.error}>{strings.common.errors[state.error.kind]}</MessageBar>}
      {items.length > 0 && <p className={styles.meta}>{t.rejectedIntro}</p>}
      <ul className={formStyles.results}>
        {items.map((item) => {
          const headingId = `${scope}-rejected-${item.id}`;
          return (
            <li key={item.id}>
              <article aria-labelledby={headingId}>
                <h4 id={headingId} className={styles.subheading}>
                  {`${item.name}: ${navnenytTexts(strings.locale).types[item.type]}, ${formatNumericDate(item.eventDate, strings.locale)}`}
                </h4>
                {item.approvalComment ? (
                  <p>
                    {t.rejectedReason} <span lang="da">{item.approvalComment}</span>
                  </p>
                ) : (
                  <p>{t.rejectedNoReason}</p>
                )}
                <DefaultButton text={t.correctAndResend} ariaLabel={`${t.correctAndResend}: ${item.name}`} disabled={busy !== undefined} onClick={() => props.onCorrect(item)} />{' '}
                <DefaultButton text={t.discardRejected} ariaLabel={`${t.discardRejected}: ${item.name}`} disabled={busy !== undefined} onClick={() => void discard(item)} />
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
