/** HR's payroll-extract directory, for other features' web parts to compose. */
export { EmployeeDirectory } from './data/EmployeeDirectory';
