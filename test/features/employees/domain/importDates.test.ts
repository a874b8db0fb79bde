import { detectDateFormat, readDate } from '../../../../src/features/employees/domain/importDates';

describe('dates in HR files', () => {
  it.each([
    ['27-11-1976', 'dd-mm-yyyy', '1976-11-27'],
    ['1-5-1976', 'dd-mm-yyyy', '1976-05-01'],
    ['27.11.1976', 'dd.mm.yyyy', '1976-11-27'],
    ['27/11/1976', 'dd/mm/yyyy', '1976-11-27'],
    ['27111976', 'ddmmyyyy', '1976-11-27'],
    ['1976-11-27', 'yyyy-mm-dd', '1976-11-27'],
    ['1976-11-27T00:00:00', 'yyyy-mm-dd', '1976-11-27'],
    ['27-11-1976 00:00:00', 'dd-mm-yyyy', '1976-11-27'],
  ] as const)('%s in %s is %s', (value, format, date) => {
    expect(readDate(value, format)).toEqual({ ok: true, date });
  });

  it('tells an impossible date (31.02.1980) from an unreadable one', () => {
    expect(readDate('31.02.1980', 'dd.mm.yyyy')).toEqual({ ok: false, code: 'impossibleDate' });
    expect(readDate('29-02-2023', 'dd-mm-yyyy')).toEqual({ ok: false, code: 'impossibleDate' });
    expect(readDate('1980-02-31', 'dd.mm.yyyy')).toEqual({ ok: false, code: 'unreadableDate' });
    expect(readDate('i går', 'dd-mm-yyyy')).toEqual({ ok: false, code: 'unreadableDate' });
  });

  it('reads empty values and the open end 9999-12-31 as no date', () => {
    expect(readDate('  ', 'dd-mm-yyyy')).toEqual({ ok: true, date: undefined });
    expect(readDate('9999-12-31', 'yyyy-mm-dd')).toEqual({ ok: true, date: undefined });
    expect(readDate('31-12-9999', 'dd-mm-yyyy')).toEqual({ ok: true, date: undefined });
  });

  it('detects the format a column is written in, also with an impossible date among the values', () => {
    expect(detectDateFormat(['01.02.1980', '', '31.02.1980', '15.11.1990'])).toBe('dd.mm.yyyy');
    expect(detectDateFormat(['01021980', '15111990'])).toBe('ddmmyyyy');
    expect(detectDateFormat(['1980-02-01', '1990-11-15T00:00:00'])).toBe('yyyy-mm-dd');
    expect(detectDateFormat(['01-02-1980', '5-11-1990'])).toBe('dd-mm-yyyy');
    expect(detectDateFormat([])).toBe('dd-mm-yyyy');
  });
});
