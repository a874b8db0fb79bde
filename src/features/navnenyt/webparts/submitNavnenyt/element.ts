import * as React from 'react';
import { SubmitNavnenytRoot } from '../../components/submitNavnenyt/SubmitNavnenytRoot';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import type { IIndsendNavnenytWebPartProps } from './IIndsendNavnenytWebPartProps';
import { submitRepositories } from './repositories';

export function submitElement(props: Partial<IIndsendNavnenytWebPartProps>, host: IHostContext): React.ReactElement {
  const repos = host.connect(submitRepositories);
  return React.createElement(SubmitNavnenytRoot, {
    repository: repos.editor,
    navnenyt: repos.navnenyt,
    directory: repos.employees,
    users: repos.users,
    rejected: repos.rejected,
    strings: host.strings,
    today: host.today,
    role: props.role === 'editor' ? 'editor' : 'hr',
  });
}
