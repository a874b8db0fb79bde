import * as React from 'react';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import type { Contact } from '../../../../shared/domain/contact';
import { AccessGate } from '../../../../shared/components/common/AccessGate';
import { SubmitNavnenytRoot } from './SubmitNavnenytRoot';
import type { ISubmitNavnenytRootProps } from './SubmitNavnenytRoot';

export interface ISubmitNavnenytGateProps extends ISubmitNavnenytRootProps {
  readonly permissions: IPermissionRepository;
  /** How those who may not submit reach HR (the web part's setting). */
  readonly contact?: Contact;
}

/** HR's form for those who may add name news to Navnenyt; everyone else reads that HR does it and how to reach HR. */
export function SubmitNavnenytGate(props: ISubmitNavnenytGateProps): React.ReactElement {
  const { permissions, contact, ...form } = props;
  return (
    <AccessGate
      permissions={permissions}
      list="Navnenyt"
      right="add"
      name="indsend-navnenyt"
      title={props.strings.submit.title}
      refusal={props.strings.access.submitRefused}
      contact={contact}
      strings={props.strings}
    >
      <SubmitNavnenytRoot {...form} />
    </AccessGate>
  );
}
