import { generateCandidates } from '../../../../src/features/navnenyt/domain/navnenytCandidates';
import { navnenytSettings } from '../../../../src/features/navnenyt/domain/navnenytSettings';
import { IPayrollEmployee } from '../../../../src/features/employees/domain/models';

const anne: IPayrollEmployee = {
  employeeNumber: '2001',
  name: 'Anne Hansen',
  email: 'anne.hansen@norddjurs.dk',
  jobTitle: 'Social- og sundhedsassistent',
  workplace: 'Hjemmeplejen Syd',
  area: 'Sundhed og Omsorg',
  birthDate: '1980-05-04',
  startDate: '1999-03-01', // hired earlier, but casual temp work does not count
  seniorityDate: '2001-11-27',
};
const soeren: IPayrollEmployee = { employeeNumber: '1007', name: 'Søren Ørsted', workplace: 'Vej og Park', birthDate: '1966-08-03', startDate: '2010-01-01', seniorityDate: '1986-08-01' };
const mette: IPayrollEmployee = { employeeNumber: '3003', name: 'Mette Kjær', birthDate: '1995-02-01', startDate: '2026-08-03' };
const jens: IPayrollEmployee = { employeeNumber: '4004', name: 'Jens Berg', birthDate: '1959-09-09', startDate: '1990-01-01', endDate: '2026-07-31', endReason: 'pension' };
const lars: IPayrollEmployee = { employeeNumber: '5005', name: 'Lars Holm', birthDate: '1985-01-01', startDate: '2020-01-01', endDate: '2026-08-15', endReason: 'other' };

describe('generateCandidates', () => {
  it('finds round birthdays, jubilees, new colleagues and retirements in the range', () => {
    const candidates = generateCandidates([anne, soeren, mette, jens, lars], '2026-07-01', '2026-12-31');
    expect(candidates.map((c) => `${c.eventDate} ${c.type} ${c.name}${c.years ? ` ${c.years}` : ''}`)).toEqual([
      '2026-07-31 retirement Jens Berg',
      '2026-08-01 jubilee Søren Ørsted 40',
      '2026-08-03 newColleague Mette Kjær',
      '2026-08-03 birthday Søren Ørsted 60',
      '2026-11-27 jubilee Anne Hansen 25',
    ]);
  });

  it('uses the seniority date, never the hire date plus 25 years', () => {
    const hireDateJubilee = generateCandidates([anne], '2024-03-01', '2024-03-01');
    expect(hireDateJubilee).toEqual([]);
    expect(generateCandidates([{ ...anne, seniorityDate: undefined }], '2026-01-01', '2026-12-31').filter((c) => c.type === 'jubilee')).toEqual([]);
  });

  it('adds the reception day and flags 40 years for Fortjenstmedaljen', () => {
    const [jubilee] = generateCandidates([soeren], '2026-08-01', '2026-08-01');
    expect(jubilee).toMatchObject({ type: 'jubilee', years: 40, eventDate: '2026-08-01', receptionDate: '2026-08-03', medalCandidate: true });
    const [anneJubilee] = generateCandidates([anne], '2026-11-27', '2026-11-27');
    expect(anneJubilee).toMatchObject({ receptionDate: '2026-11-27', medalCandidate: false, showFrom: '2026-11-13', showUntil: '2026-12-04' });
  });

  it('honours the configured round ages and the 29 February rule', () => {
    const leap: IPayrollEmployee = { employeeNumber: '6006', name: 'Bo Skud', birthDate: '1976-02-29' };
    expect(generateCandidates([leap], '2026-02-01', '2026-03-31').map((c) => c.eventDate)).toEqual(['2026-02-28']);
    expect(generateCandidates([leap], '2026-02-01', '2026-03-31', navnenytSettings({ leapDayRule: 'mar1' })).map((c) => c.eventDate)).toEqual(['2026-03-01']);
    expect(generateCandidates([mette], '2035-01-01', '2035-12-31')).toEqual([]);
    expect(generateCandidates([mette], '2035-01-01', '2035-12-31', navnenytSettings({ roundBirthdayAges: [40] })).map((c) => c.years)).toEqual([40]);
  });

  it('makes early retirement (efterløn) a retirement, but not another ending', () => {
    const ida: IPayrollEmployee = { employeeNumber: '6006', name: 'Ida Krog', birthDate: '1964-05-05', startDate: '1995-01-01', endDate: '2026-09-30', endReason: 'earlyRetirement' };
    expect(generateCandidates([ida, lars], '2026-09-01', '2026-09-30').map((c) => `${c.type} ${c.name}`)).toEqual(['retirement Ida Krog']);
  });

  it('never generates a memorial (Mindeord) or a farewell (Fratrædelse), and nothing after employment ends', () => {
    const types = generateCandidates([lars, jens], '2026-01-01', '2030-12-31').map((c) => c.type);
    expect(types).not.toContain('memorial');
    expect(types).not.toContain('farewell');
    // Jens turns 70 on 9 September 2029, after retiring: no birthday candidate.
    expect(generateCandidates([jens], '2029-01-01', '2029-12-31')).toEqual([]);
  });

  it('spans a year end and skips duplicate rows and unreadable dates', () => {
    const dec: IPayrollEmployee = { employeeNumber: '7007', name: 'Åse Holm', birthDate: '1976-12-30' };
    const jan: IPayrollEmployee = { employeeNumber: '7008', name: 'Aase Berg', birthDate: '1967-01-02' };
    const broken: IPayrollEmployee = { employeeNumber: '7009', name: 'X', birthDate: '1976-13-01', startDate: '2026-12-31' };
    expect(generateCandidates([dec, jan, dec, broken], '2026-12-28', '2027-01-03').map((c) => `${c.eventDate} ${c.name} ${c.type}`)).toEqual([
      '2026-12-30 Åse Holm birthday',
      '2026-12-31 X newColleague',
      '2027-01-02 Aase Berg birthday',
    ]);
  });

  it('normalises names to NFC', () => {
    const [c] = generateCandidates([{ employeeNumber: '1', name: 'A\u030Ase  Holm', startDate: '2026-08-03' }], '2026-08-03', '2026-08-03');
    expect(c?.name).toBe('Åse Holm');
  });
});
