import { birthDateFromCpr, looksLikeCpr, maskCpr } from '../../../../src/features/employees/domain/cpr';

describe('birth date from a CPR number', () => {
  it.each([
    ['120376-1234', '1976-03-12'], // 7th digit 1: 1900s
    ['0312653345', '1965-12-03'], // 3: 1900s, without hyphen
    ['290204-4321', '2004-02-29'], // 4 and yy ≤ 36: 2000s (a leap day)
    ['010137-4000', '1937-01-01'], // 4 and yy > 36: 1900s
    ['010136-9000', '2036-01-01'], // 9 and yy ≤ 36: 2000s
    ['150557-5000', '2057-05-15'], // 5–8 and yy ≤ 57: 2000s
    ['150558-8000', '1858-05-15'], // 5–8 and yy > 57: 1800s
    ['311299-0000', '1999-12-31'],
  ])('%s gives %s', (cpr, date) => {
    expect(birthDateFromCpr(cpr)).toBe(date);
  });

  it('gives nothing for a date that does not exist or a number that is not a CPR number', () => {
    expect(birthDateFromCpr('310280-1234')).toBeUndefined();
    expect(birthDateFromCpr('290201-1234')).toBeUndefined(); // 1901 is no leap year
    expect(birthDateFromCpr('12037-1234')).toBeUndefined();
    expect(birthDateFromCpr('abcdef-1234')).toBeUndefined();
    expect(looksLikeCpr('120376 1234')).toBe(true);
  });

  it('never rejects a number for failing the modulus-11 check (not every CPR number since 2007 passes it)', () => {
    expect(birthDateFromCpr('010190-1111')).toBe('1990-01-01');
  });

  it('masks the control digits', () => {
    expect(maskCpr('1203761234')).toBe('120376-****');
    expect(maskCpr('noget andet')).toBe('****');
  });
});
