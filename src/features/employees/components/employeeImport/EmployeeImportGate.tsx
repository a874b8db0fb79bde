import * as React from 'react';
import { AccessGate } from '../../../../shared/components/common/AccessGate';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import type { Contact } from '../../../../shared/domain/contact';
import { EmployeeImportRoot } from './EmployeeImportRoot';
import type { IEmployeeImportRootProps } from './EmployeeImportRoot';

export interface IEmployeeImportGateProps extends IEmployeeImportRootProps {
  readonly permissions: IPermissionRepository;
  readonly contact?: Contact;
}

/**
 * The import for those who may add items to Medarbejdere (HR and the site's owners); everyone else reads, in the
 * page's language, that HR loads employee data, and the extract is never asked for.
 */
export function EmployeeImportGate(props: IEmployeeImportGateProps): React.ReactElement {
  const { permissions, contact, ...root } = props;
  return (
    <AccessGate
      permissions={permissions}
      list="Employees"
      right="add"
      name="indlaes-medarbejderdata"
      title={props.strings.employeeImport.title}
      refusal={props.strings.employeeImport.refused}
      contact={contact}
      strings={props.strings}
    >
      <EmployeeImportRoot {...root} />
    </AccessGate>
  );
}
