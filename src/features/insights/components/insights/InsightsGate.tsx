import * as React from 'react';
import { AccessGate } from '../../../../shared/components/common/AccessGate';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import type { Contact } from '../../../../shared/domain/contact';
import { InsightsRoot } from './InsightsRoot';
import type { IInsightsRootProps } from './InsightsRoot';

export interface IInsightsGateProps extends IInsightsRootProps {
  readonly permissions: IPermissionRepository;
  /** How others reach communications (the web part's setting). */
  readonly contact?: Contact;
}

/**
 * Indblik for communications (and the site's owners): those who may approve name news. Everyone else reads, in
 * Danish (or English on an English page), that Indblik is communications' and how to reach them; nothing is read.
 */
export function InsightsGate(props: IInsightsGateProps): React.ReactElement {
  const { permissions, contact, ...root } = props;
  return (
    <AccessGate permissions={permissions} list="Navnenyt" right="approve" name="indblik" title={props.strings.insights.title} refusal={props.strings.insights.refused} contact={contact} strings={props.strings}>
      <InsightsRoot {...root} />
    </AccessGate>
  );
}
