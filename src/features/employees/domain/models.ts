/** HR's payroll extract (the Medarbejdere list): one employee. */
import type { IsoDate } from '../../../shared/domain/models';

/** One row of HR's payroll extract. */
export interface IPayrollEmployee {
  readonly employeeNumber: string;
  readonly name: string;
  readonly email?: string;
  readonly jobTitle?: string;
  readonly workplace?: string;
  readonly area?: string;
  readonly birthDate?: IsoDate;
  /** Jubilee seniority date from payroll (jubilæumsanciennitet), adjusted by HR. No jubilee is generated without it. */
  readonly seniorityDate?: IsoDate;
  readonly startDate?: IsoDate;
  /** Last day of employment. */
  readonly endDate?: IsoDate;
  /** Why employment ends; only 'pension' and 'earlyRetirement' (efterløn) become a retirement candidate. */
  readonly endReason?: 'pension' | 'earlyRetirement' | 'other';
}
