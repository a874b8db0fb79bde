import { suggestionsFor } from '../../src/domain/navnenytSuggestions';
import type { INavnenytItem } from '../../src/domain/models';
import type { IPayrollEmployee } from '../../src/domain/navnenytCandidates';

const employees: IPayrollEmployee[] = [
  { employeeNumber: '1', name: 'Anne Hansen', birthDate: '1966-12-10', seniorityDate: '1986-12-01' },
  { employeeNumber: '2', name: 'Bo Ørum', birthDate: '1980-05-05', seniorityDate: '2001-12-15' },
];

describe('HR suggestions', () => {
  it('lists the coming round birthdays and jubilees, with the 40-year medal flag, soonest first', () => {
    const s = suggestionsFor(employees, [], '2026-11-27');
    expect(s.map((c) => [c.name, c.type, c.eventDate, c.years, c.medalCandidate])).toEqual([
      ['Anne Hansen', 'Jubilæum', '2026-12-01', 40, true],
      ['Anne Hansen', 'Fødselsdag', '2026-12-10', 60, false],
      ['Bo Ørum', 'Jubilæum', '2026-12-15', 25, false],
    ]);
  });

  it('leaves out an occasion that already has name news, whatever its approval state', () => {
    const existing: INavnenytItem = { id: 9, type: 'Jubilæum', name: 'Anne Hansen', employeeNumber: '1', eventDate: '2026-12-01', consentConfirmed: true, approval: 'pending' };
    expect(suggestionsFor(employees, [existing], '2026-11-27').map((c) => c.eventDate)).toEqual(['2026-12-10', '2026-12-15']);
  });
});
