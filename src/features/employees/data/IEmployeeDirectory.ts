import type { IPayrollEmployee } from '../domain/models';

export interface IEmployeeDirectory {
  /** Employees whose name or e-mail contains `text` (HR's payroll extract; HR only). */
  search(text: string, top?: number): Promise<readonly IPayrollEmployee[]>;
  /**
   * Whether the signed-in user may read the extract (HR and owners). Asked without an error: SharePoint lists only
   * the lists a user can see, where a direct request would answer 404.
   */
  canRead(): Promise<boolean>;
  /** The whole extract, for HR's suggestions of coming round birthdays and jubilees. */
  getAll(): Promise<readonly IPayrollEmployee[]>;
}
