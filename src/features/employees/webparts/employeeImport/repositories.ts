/** What HR's import uses: what the user may do on Medarbejdere, and the import's reads and writes. */
import type { SPFI } from '@pnp/sp';
import { PermissionRepository } from '../../../../shared/data/permissions';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import { EmployeeImportRepository } from '../../data/EmployeeImportRepository';
import type { IEmployeeImportRepository } from '../../data/IEmployeeImportRepository';

export interface IEmployeeImportRepositories {
  readonly permissions: IPermissionRepository;
  readonly importer: IEmployeeImportRepository;
}

export function employeeImportRepositories(sp: SPFI): IEmployeeImportRepositories {
  return { permissions: new PermissionRepository(sp), importer: new EmployeeImportRepository(sp) };
}
