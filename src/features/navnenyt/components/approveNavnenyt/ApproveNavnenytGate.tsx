import * as React from 'react';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import type { Contact } from '../../../../shared/domain/contact';
import { AccessGate } from '../../../../shared/components/common/AccessGate';
import { ApproveNavnenytRoot } from './ApproveNavnenytRoot';
import type { IApproveNavnenytRootProps } from './ApproveNavnenytRoot';

export interface IApproveNavnenytGateProps extends IApproveNavnenytRootProps {
  readonly permissions: IPermissionRepository;
  /** How those who may not approve reach communications (the web part's setting). */
  readonly contact?: Contact;
}

/**
 * The approval queue and the withdrawal tasks for those who may approve items in Navnenyt (communications; HR submits
 * but cannot approve); everyone else reads that communications does it and how to reach them.
 */
export function ApproveNavnenytGate(props: IApproveNavnenytGateProps): React.ReactElement {
  const { permissions, contact, ...queue } = props;
  return (
    <AccessGate
      permissions={permissions}
      list="Navnenyt"
      right="approve"
      name="godkend-navnenyt"
      title={props.strings.approve.title}
      refusal={props.strings.access.approveRefused}
      contact={contact}
      strings={props.strings}
    >
      <ApproveNavnenytRoot {...queue} />
    </AccessGate>
  );
}
