import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { ICommonStrings } from '../../loc/strings';
import type { IAsyncState } from './useAsync';
import { styles } from './styles';
import { Button } from './Button';
import { Notice } from './Notice';

export interface IAsyncContentProps<T> {
  readonly state: IAsyncState<T>;
  readonly strings: ICommonStrings;
  readonly loadingLabel: string;
  readonly emptyText: string;
  readonly isEmpty: (data: T) => boolean;
  readonly children: (data: T) => React.ReactNode;
}

/** The three states every web part has: loading, error (with a way out), empty, and the content. */
export function AsyncContent<T>(props: IAsyncContentProps<T>): React.ReactElement {
  const { state, strings } = props;
  if (state.error && !state.loading) {
    return (
      <Notice kind="error" action={<Button onClick={state.reload}>{strings.common.retry}</Button>}>
        <strong>{strings.common.errorHeading}.</strong> {strings.common.errors[state.error.kind]}
      </Notice>
    );
  }
  if (state.data === undefined) {
    return <Spinner size={SpinnerSize.medium} label={props.loadingLabel} ariaLive="polite" />;
  }
  if (props.isEmpty(state.data)) {
    return <p className={styles.empty}>{props.emptyText}</p>;
  }
  return <>{props.children(state.data)}</>;
}
