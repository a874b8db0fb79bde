/** What HR's import uses: what the user may do on Medarbejdere, and the import's reads and writes. */
import type { SPFI } from '@pnp/sp';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import { EmployeeImportRepository } from '../../data/EmployeeImportRepository';
import { HiddenListPermissions } from '../../data/ImportPermissions';
import type { IEmployeeImportRepository } from '../../data/IEmployeeImportRepository';

export interface IEmployeeImportRepositories {
  readonly permissions: IPermissionRepository;
  readonly importer: IEmployeeImportRepository;
}

export function employeeImportRepositories(sp: SPFI): IEmployeeImportRepositories {
  return { permissions: new HiddenListPermissions(sp), importer: new EmployeeImportRepository(sp) };
}
