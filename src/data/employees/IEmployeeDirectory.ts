import type { IPayrollEmployee } from '../../domain/navnenytCandidates';

export interface IEmployeeDirectory {
  /** Employees whose name or e-mail contains `text` (HR's payroll extract; HR only). */
  search(text: string, top?: number): Promise<readonly IPayrollEmployee[]>;
  /** The whole extract, for HR's suggestions of coming round birthdays and jubilees. */
  getAll(): Promise<readonly IPayrollEmployee[]>;
}
