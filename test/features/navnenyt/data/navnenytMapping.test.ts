/**
 * The event type is an ASCII key in the code and SharePoint's Danish choice value in the list; the mapping is the only
 * place the two meet (reading a row, writing a submission).
 */
import { submissionBody } from '../../../../src/features/navnenyt/data/NavnenytEditorRepository';
import { eventTypeChoice, eventTypeFromChoice, toNavnenytItem } from '../../../../src/features/navnenyt/data/navnenytMapping';
import { NAVNENYT_TYPES } from '../../../../src/features/navnenyt/domain/models';

const SITE = 'https://norddjurs.sharepoint.com/sites/intranet';
/** The site's regional time zone: date-only values are midnight there. */
const ZONE = 'Europe/Copenhagen';

describe('navnenyt event type mapping', () => {
  it('reads each stored Danish choice as its key and writes the key back as the same choice', () => {
    expect(NAVNENYT_TYPES.map(eventTypeChoice)).toEqual(['Fødselsdag', 'Jubilæum', 'Ny medarbejder', 'Pension', 'Fratrædelse', 'Mindeord']);
    for (const type of NAVNENYT_TYPES) expect(eventTypeFromChoice(eventTypeChoice(type))).toBe(type);
  });

  it('drops a row whose type the list does not offer, including a key written where a choice belongs', () => {
    const row = { Id: 7, Title: 'Mette Kjær', MnEventDate: '2026-08-02T22:00:00Z', MnConsentConfirmed: true };
    expect(toNavnenytItem({ ...row, MnEventType: 'Ny medarbejder' }, SITE, ZONE)?.type).toBe('newColleague');
    expect(toNavnenytItem({ ...row, MnEventType: 'newColleague' }, SITE, ZONE)).toBeUndefined();
    expect(toNavnenytItem({ ...row, MnEventType: 'Nyhed' }, SITE, ZONE)).toBeUndefined();
  });

  it('sends SharePoint the Danish choice value', () => {
    const body = submissionBody({ type: 'jubilee', name: 'Anne Hansen', employeeEmail: 'anne.hansen@norddjurs.dk', eventDate: '2026-11-27', years: 25, showFrom: '2026-11-13', showUntil: '2026-12-04', consentConfirmed: true }, 12, ZONE);
    expect(body.MnEventType).toBe('Jubilæum');
  });
});
