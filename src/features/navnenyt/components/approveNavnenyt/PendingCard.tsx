import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { formatNumericDate } from '../../../../shared/domain/dates';
import { navnenytSentence } from '../../domain/sentences';
import type { ApprovalDecision } from '../../data/INavnenytEditorRepository';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IApproveStrings } from '../../loc/approveStrings';
import { fill } from '../../../../shared/components/common/format';
import { useIdScope } from '../../../../shared/components/common/ids';
import { styles } from '../../../../shared/components/common/styles';
import { approveStyles } from './approveStyles';
import type { INavnenytItem } from '../../domain/models';
import { navnenytTexts } from '../../loc';

export interface IPendingCardProps {
  readonly item: INavnenytItem;
  readonly strings: ICommonStrings & IApproveStrings;
  readonly busy: boolean;
  /** Field names changed by someone else since the approver last saw the item (after a conflict). */
  readonly changed?: readonly string[];
  readonly onDecide: (item: INavnenytItem, decision: ApprovalDecision, comment: string) => void;
}

/** One item waiting for approval, with everything the approver needs to decide, and the two decisions. */
export function PendingCard(props: IPendingCardProps): React.ReactElement {
  const { item, strings, busy } = props;
  const t = strings.approve;
  const texts = navnenytTexts(strings.locale);
  const [rejecting, setRejecting] = React.useState(false);
  const [comment, setComment] = React.useState('');
  const [commentError, setCommentError] = React.useState<string>();
  const headingId = `${useIdScope()}-pending-${item.id}`;
  const reject = (): void => {
    if (!comment.trim()) {
      setCommentError(t.commentRequired);
      return;
    }
    props.onDecide(item, 'rejected', comment);
  };
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.cardBody}>
        <h3 id={headingId} className={styles.subheading}>
          {texts.types[item.type]}: {item.name}
        </h3>
        {props.changed && props.changed.length > 0 && (
          <MessageBar messageBarType={MessageBarType.warning}>
            {fill(t.conflict, item.name)} {fill(t.changedFields, props.changed.join(', '))}
          </MessageBar>
        )}
        <p>{navnenytSentence(item, { showAge: true }, texts.words, { withYear: true })}</p>
        {item.message && (
          <p className={approveStyles.message} lang="da">
            {item.message}
          </p>
        )}
        {item.photo && <img className={approveStyles.photo} src={item.photo.url} alt={item.photo.alt || fill(strings.approve.photoOf, item.name)} />}
        {item.showFrom && item.showUntil && (
          <p className={styles.meta}>{fill(t.submittedFor, formatNumericDate(item.showFrom, strings.locale), formatNumericDate(item.showUntil, strings.locale))}</p>
        )}
        {!item.consentConfirmed && <MessageBar messageBarType={MessageBarType.severeWarning}>{t.notConfirmed}</MessageBar>}
        {rejecting ? (
          <div className={approveStyles.reject}>
            <TextField
              label={t.commentLabel}
              multiline
              rows={3}
              required
              value={comment}
              errorMessage={commentError}
              onChange={(_, v) => {
                setComment(v ?? '');
                setCommentError(undefined);
              }}
            />
            <div className={approveStyles.actions}>
              <PrimaryButton text={t.confirmReject} disabled={busy} onClick={reject} />
              <DefaultButton text={t.cancel} disabled={busy} onClick={() => setRejecting(false)} />
            </div>
          </div>
        ) : (
          <div className={approveStyles.actions}>
            <PrimaryButton text={t.approve} ariaDescription={item.name} disabled={busy || !item.consentConfirmed} onClick={() => props.onDecide(item, 'approved', '')} />
            <DefaultButton text={t.reject} ariaDescription={item.name} disabled={busy} onClick={() => setRejecting(true)} />
          </div>
        )}
      </div>
    </article>
  );
}
