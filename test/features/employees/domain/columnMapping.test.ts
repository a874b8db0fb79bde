import { headerSignature, mappingProblems, mergeMapping, normalizeHeader, proposeMapping } from '../../../../src/features/employees/domain/columnMapping';
import { OPUS_HEADERS } from '../../../../src/features/employees/data/opusXml';
import { SOFD_HEADER } from '../support/files';

describe('proposed column mapping', () => {
  it('maps SOFD (etl.Medarbejder) headers, jubilee from Jubilaeumsanciennitetsdato and not from a hire date', () => {
    expect(proposeMapping(SOFD_HEADER.split(';'))).toEqual({
      employeeNumber: 'MaNr',
      name: 'Navn',
      preferredName: 'Kaldenavn',
      email: 'Email',
      cpr: 'CPR',
      seniorityDate: 'Jubilaeumsanciennitetsdato',
      startDate: 'Ansaettelsesdato',
      firstStartDate: 'FoersteAnsaettelsesdato',
      endDate: 'Ophoersdato',
      jobTitle: 'Stillingsbetegnelse',
      workplace: 'OrganisationNavn',
    });
  });

  it('maps KMD OPUS names; OPUS has no jubilee and no birth date column', () => {
    const m = proposeMapping([...OPUS_HEADERS]);
    expect(m).toMatchObject({ employeeNumber: 'id', action: 'action', firstName: 'firstName', lastName: 'lastName', email: 'email', cpr: 'cpr', jobTitle: 'position', workplace: 'orgUnit', startDate: 'entryDate', endDate: 'leaveDate' });
    expect(m.seniorityDate).toBeUndefined();
    expect(m.birthDate).toBeUndefined();
  });

  it('maps common Danish headers whatever their spelling', () => {
    expect(proposeMapping(['Medarbejdernr.', 'Fødselsdato', 'Jubilæumsdato', 'E-mail', 'Ansat fra', 'Område', 'Lønnr.'])).toEqual({
      employeeNumber: 'Medarbejdernr.',
      birthDate: 'Fødselsdato',
      seniorityDate: 'Jubilæumsdato',
      email: 'E-mail',
      startDate: 'Ansat fra',
      area: 'Område',
    });
    expect(normalizeHeader(' Jubilæums-anciennitet ')).toBe('jubilaeumsanciennitet');
    expect(proposeMapping(['Ansættelsesdato']).seniorityDate).toBeUndefined();
  });

  it('keeps what HR chose for files with the same headers, "none" included, and proposes the rest', () => {
    const headers = ['Nr', 'Navn', 'Start', 'Jubilæumsdato'];
    expect(proposeMapping(headers).employeeNumber).toBeUndefined();
    const merged = mergeMapping(headers, { employeeNumber: 'Nr', startDate: 'Start', seniorityDate: '' });
    expect(merged).toEqual({ employeeNumber: 'Nr', name: 'Navn', startDate: 'Start', seniorityDate: '' });
    // A remembered header the file no longer has is proposed anew.
    expect(mergeMapping(headers, { employeeNumber: 'Gammel' }).employeeNumber).toBeUndefined();
    expect(headerSignature(['Navn', 'MaNr'])).toBe(headerSignature(['manr', ' NAVN']));
  });

  it('says what a mapping lacks: the employee number and a name', () => {
    expect(mappingProblems({})).toEqual(['noEmployeeNumber', 'noName']);
    expect(mappingProblems({ employeeNumber: 'Nr', firstName: 'F' })).toEqual(['noName']);
    expect(mappingProblems({ employeeNumber: 'Nr', firstName: 'F', lastName: 'E' })).toEqual([]);
  });

  it('refuses a column of CPR numbers for any field but the birth date (it would be sent to SharePoint)', () => {
    const cpr = new Set(['CPR']);
    expect(mappingProblems({ employeeNumber: 'CPR', name: 'Navn' }, cpr)).toEqual(['cprElsewhere']);
    expect(mappingProblems({ employeeNumber: 'MaNr', name: 'Navn', cpr: 'CPR' }, cpr)).toEqual([]);
  });
});
