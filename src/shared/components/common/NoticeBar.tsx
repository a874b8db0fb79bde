/**
 * The outcome of a user's last action in a list of tasks (approve, delete, recycle): a success text, or the error in
 * the page's language. The notices are live regions themselves; the wrapper stays so they are announced.
 */
import * as React from 'react';
import { Notice } from './Notice';
import type { DataError } from '../../data/errors';
import type { ICommonStrings } from '../../loc/strings';

/** An error may say first what was done anyway ("3 are deleted; 1 could not be"), then why the rest failed. */
export type Notice = { kind: 'done'; text: string } | { kind: 'error'; error: DataError; text?: string } | undefined;

export function NoticeBar(props: { readonly notice: Notice; readonly strings: ICommonStrings }): React.ReactElement {
  const { notice, strings } = props;
  return (
    <div>
      {notice?.kind === 'done' && <Notice kind="success">{notice.text}</Notice>}
      {notice?.kind === 'error' && (
        <Notice kind="error">
          {notice.text && `${notice.text} `}
          {strings.common.errors[notice.error.kind]}
        </Notice>
      )}
    </div>
  );
}
