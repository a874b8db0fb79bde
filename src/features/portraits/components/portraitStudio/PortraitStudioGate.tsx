import * as React from 'react';
import { AccessGate } from '../../../../shared/components/common/AccessGate';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import type { Contact } from '../../../../shared/domain/contact';
import type { IStudioStrings } from '../../loc/studioStrings';
import { PortraitStudioRoot } from './PortraitStudioRoot';
import type { IPortraitStudioRootProps } from './PortraitStudioRoot';

export interface IPortraitStudioGateProps extends Omit<IPortraitStudioRootProps, 'strings' | 'title'> {
  readonly permissions: IPermissionRepository;
  readonly strings: IPortraitStudioRootProps['strings'] & IStudioStrings;
  /** How others reach communications (the web part's setting). */
  readonly contact?: Contact;
}

/**
 * The studio for those who may add portraits (communications and the site's owners: the list's permissions); everyone
 * else reads, in Danish (or English on an English page), what the studio is and how to reach communications.
 */
export function PortraitStudioGate(props: IPortraitStudioGateProps): React.ReactElement {
  const { permissions, contact, strings, ...studio } = props;
  return (
    <AccessGate permissions={permissions} list="Portraits" right="add" name="portraetstudio" title={strings.studio.title} refusal={strings.studio.refused} contact={contact} strings={strings}>
      <PortraitStudioRoot {...studio} strings={strings} title={strings.studio.title} />
    </AccessGate>
  );
}
