import { suggestionsFor } from '../../../../src/features/navnenyt/domain/navnenytSuggestions';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';
import type { IPayrollEmployee } from '../../../../src/features/employees/domain/models';

const employees: IPayrollEmployee[] = [
  { employeeNumber: '1', name: 'Anne Hansen', birthDate: '1966-12-10', seniorityDate: '1986-12-01' },
  { employeeNumber: '2', name: 'Bo Ørum', birthDate: '1980-05-05', seniorityDate: '2001-12-15' },
];

describe('HR suggestions', () => {
  it('lists the coming round birthdays and jubilees, with the 40-year medal flag, soonest first', () => {
    const s = suggestionsFor(employees, [], '2026-11-27');
    expect(s.map((c) => [c.name, c.type, c.eventDate, c.years, c.medalCandidate])).toEqual([
      ['Anne Hansen', 'jubilee', '2026-12-01', 40, true],
      ['Anne Hansen', 'birthday', '2026-12-10', 60, false],
      ['Bo Ørum', 'jubilee', '2026-12-15', 25, false],
    ]);
  });

  it('leaves out an occasion that already has name news, whatever its approval state', () => {
    const existing: INavnenytItem = { id: 9, type: 'jubilee', name: 'Anne Hansen', eventDate: '2026-12-01', consentConfirmed: true, approval: 'pending' };
    expect(suggestionsFor(employees, [existing], '2026-11-27').map((c) => c.eventDate)).toEqual(['2026-12-10', '2026-12-15']);
  });

  it('matches by e-mail when both sides have one, as name news carry no payroll number', () => {
    const withEmail = employees.map((e, i) => ({ ...e, email: i === 0 ? 'anne.hansen@norddjurs.dk' : 'bo.orum@norddjurs.dk' }));
    const sameNameOtherPerson: INavnenytItem = { id: 9, type: 'jubilee', name: 'Anne Hansen', employee: { id: 4, name: 'Anne Hansen', email: 'anne.hansen2@norddjurs.dk' }, eventDate: '2026-12-01', consentConfirmed: true, approval: 'approved' };
    expect(suggestionsFor(withEmail, [sameNameOtherPerson], '2026-11-27').map((c) => c.eventDate)).toEqual(['2026-12-01', '2026-12-10', '2026-12-15']);
    const same: INavnenytItem = { ...sameNameOtherPerson, name: 'Anne H.', employee: { id: 3, name: 'Anne H.', email: 'Anne.Hansen@norddjurs.dk' } };
    expect(suggestionsFor(withEmail, [same], '2026-11-27').map((c) => c.eventDate)).toEqual(['2026-12-10', '2026-12-15']);
  });
});
