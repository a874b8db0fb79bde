/** What other features may use of HR's payroll extract: its model and the directory's interface. Pure. */
export * from './domain/models';
export type { IEmployeeDirectory } from './data/IEmployeeDirectory';
