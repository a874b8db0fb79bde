import * as React from 'react';
import { SubmitNavnenytRoot } from '../../components/submitNavnenyt/SubmitNavnenytRoot';
import type { IHostContext } from '../shared/hostContext';
import type { IIndsendNavnenytWebPartProps } from './IIndsendNavnenytWebPartProps';

export function submitElement(props: Partial<IIndsendNavnenytWebPartProps>, host: IHostContext): React.ReactElement {
  return React.createElement(SubmitNavnenytRoot, {
    repository: host.repositories.navnenytEditor,
    navnenyt: host.repositories.navnenyt,
    directory: host.repositories.employees,
    users: host.repositories.users,
    rejected: host.repositories.rejected,
    strings: host.strings,
    today: host.today,
    role: props.role === 'editor' ? 'editor' : 'hr',
  });
}
