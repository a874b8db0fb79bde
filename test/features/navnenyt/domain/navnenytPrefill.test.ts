import { prefillFor } from '../../../../src/features/navnenyt/domain/navnenytPrefill';
import type { IPayrollEmployee } from '../../../../src/features/employees/domain/models';

const anne: IPayrollEmployee = {
  employeeNumber: '1001',
  name: 'Anne Hansen',
  birthDate: '1966-12-02',
  seniorityDate: '2001-08-01',
  startDate: '2026-12-01',
  endDate: '2027-01-31',
};

describe('prefilling the HR form from the payroll extract', () => {
  it('suggests the next round birthday with the age', () => {
    expect(prefillFor(anne, 'birthday', '2026-11-27')).toEqual({ eventDate: '2026-12-02', years: 60 });
  });

  it('suggests the next jubilee from the seniority date, also one passed less than two weeks ago', () => {
    expect(prefillFor(anne, 'jubilee', '2026-08-10')).toEqual({ eventDate: '2026-08-01', years: 25 });
    expect(prefillFor(anne, 'jubilee', '2026-11-27')).toEqual({ eventDate: '2041-08-01', years: 40 });
  });

  it('uses the start date for a new colleague and the end date for pension and farewell', () => {
    expect(prefillFor(anne, 'newColleague', '2026-11-27')).toEqual({ eventDate: '2026-12-01' });
    expect(prefillFor(anne, 'retirement', '2026-11-27')).toEqual({ eventDate: '2027-01-31' });
  });

  it('suggests nothing it cannot know: no seniority date, or a memorial', () => {
    expect(prefillFor({ employeeNumber: '2', name: 'Bo' }, 'jubilee', '2026-11-27')).toBeUndefined();
    expect(prefillFor(anne, 'memorial', '2026-11-27')).toBeUndefined();
  });

  it('moves a 29 February birthday to 28 February in a common year', () => {
    expect(prefillFor({ employeeNumber: '3', name: 'Leap', birthDate: '1968-02-29' }, 'birthday', '2027-02-01')).toEqual({ eventDate: '2028-02-29', years: 60 });
    expect(prefillFor({ employeeNumber: '3', name: 'Leap', birthDate: '1967-02-28' }, 'birthday', '2027-02-01')).toEqual({ eventDate: '2027-02-28', years: 60 });
    expect(prefillFor({ employeeNumber: '4', name: 'Leap', birthDate: '1964-02-29' }, 'birthday', '2014-02-01')).toEqual({ eventDate: '2014-02-28', years: 50 });
  });
});
