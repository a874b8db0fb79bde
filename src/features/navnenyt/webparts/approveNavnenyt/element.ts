import * as React from 'react';
import { ApproveNavnenytRoot } from '../../components/approveNavnenyt/ApproveNavnenytRoot';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import { approveRepositories } from './repositories';

export function approveElement(host: IHostContext): React.ReactElement {
  const repos = host.connect(approveRepositories);
  return React.createElement(ApproveNavnenytRoot, { repository: repos.editor, withdrawals: repos.withdrawals, strings: host.strings });
}
