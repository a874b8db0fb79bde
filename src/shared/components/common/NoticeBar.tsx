/**
 * The outcome of a user's last action in a list of tasks (approve, delete, recycle): a success text, or the error in
 * the page's language. Fluent UI message bars are live regions themselves; the wrapper stays so they are announced.
 */
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { DataError } from '../../data/errors';
import type { ICommonStrings } from '../../loc/strings';

export type Notice = { kind: 'done'; text: string } | { kind: 'error'; error: DataError } | undefined;

export function NoticeBar(props: { readonly notice: Notice; readonly strings: ICommonStrings }): React.ReactElement {
  const { notice, strings } = props;
  return (
    <div>
      {notice?.kind === 'done' && <MessageBar messageBarType={MessageBarType.success}>{notice.text}</MessageBar>}
      {notice?.kind === 'error' && <MessageBar messageBarType={MessageBarType.error}>{strings.common.errors[notice.error.kind]}</MessageBar>}
    </div>
  );
}
