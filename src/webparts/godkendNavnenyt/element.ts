import * as React from 'react';
import { ApproveNavnenytRoot } from '../../components/approveNavnenyt/ApproveNavnenytRoot';
import type { IHostContext } from '../shared/hostContext';

export function approveElement(host: IHostContext): React.ReactElement {
  return React.createElement(ApproveNavnenytRoot, { repository: host.repositories.navnenytEditor, withdrawals: host.repositories.withdrawals, strings: host.strings });
}
