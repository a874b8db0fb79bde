import { parseDanishDate } from '../../../../src/shared/domain/dates';
import { defaultShowWindow } from '../../../../src/features/navnenyt/domain/navnenyt';
import type { INavnenytSubmission } from '../../../../src/features/navnenyt/domain/validation';
import { errorSummary, MAX_PHOTO_BYTES, messageRemaining, validateSubmission } from '../../../../src/features/navnenyt/domain/validation';
import { navnenytEditorTexts } from '../../../../src/features/navnenyt/loc/editorTexts';

/** The messages come from the feature's loc: these tests check the rules and the texts users read together. */
const messages = navnenytEditorTexts('da').validation;

const today = '2026-11-27';
const good: INavnenytSubmission = {
  employee: { id: 9, name: 'Anne Hansen', email: 'anne.hansen@norddjurs.dk' },
  type: 'jubilee',
  eventDate: '2026-12-10',
  years: 25,
  message: 'Tillykke fra alle i Hjemmeplejen Syd!',
  photo: { name: 'anne.jpg', type: 'image/jpeg', size: 1_200_000 },
  ...defaultShowWindow('jubilee', '2026-12-10'),
  consentConfirmed: true,
};

describe('validateSubmission', () => {
  it('accepts a complete jubilee with the prefilled window', () => {
    const result = validateSubmission(good, { today, messages });
    expect(result.errors).toEqual({});
    expect(result.valid).toBe(true);
    expect(result.messageRemaining).toBe(500 - 'Tillykke fra alle i Hjemmeplejen Syd!'.length);
  });

  it('says what is missing in an empty form, field by field, in Danish', () => {
    const result = validateSubmission({}, { today, messages });
    expect(result.valid).toBe(false);
    expect(errorSummary(result)).toEqual([
      { field: 'employee', message: 'Vælg medarbejderen. Skriv navn eller e-mail i feltet, og vælg personen på listen.' },
      { field: 'type', message: 'Vælg hvilken slags navnenyt det er, fx Jubilæum eller Ny medarbejder.' },
      { field: 'eventDate', message: 'Angiv datoen for begivenheden, fx 27.11.2026.' },
      { field: 'consentConfirmed', message: 'Bekræft, at medarbejderen har sagt ja til omtalen. Uden bekræftelsen kan navnenyt ikke sendes.' },
    ]);
  });

  it('has English messages too', () => {
    const result = validateSubmission({ ...good, consentConfirmed: false }, { today, messages: navnenytEditorTexts('en').validation });
    expect(result.errors.consentConfirmed).toBe('Confirm that the employee agreed to the mention. It cannot be sent without this confirmation.');
  });

  it.each([
    ['2026-02-29', 'Datoen findes ikke. Skriv den som dag.måned.år, fx 27.11.2026.'],
    ['27.11.2026', 'Datoen findes ikke. Skriv den som dag.måned.år, fx 27.11.2026.'],
    ['2025-11-25', 'Datoen 25.11.2025 ligger mere end et år tilbage. Tjek årstallet.'],
    ['2206-12-10', 'Datoen 10.12.2206 ligger mere end to år ude i fremtiden. Tjek årstallet.'],
  ])('rejects the date %s', (eventDate, message) => {
    expect(validateSubmission({ ...good, eventDate, showFrom: undefined, showUntil: undefined }, { today, messages }).errors.eventDate).toBe(message);
  });

  it('requires jubilee years of 25, 40 or 50 and a round birthday age', () => {
    expect(validateSubmission({ ...good, years: 30 }, { today, messages }).errors.years).toBe('Vælg antal års jubilæum: 25, 40 eller 50.');
    expect(validateSubmission({ ...good, years: undefined }, { today, messages }).errors.years).toBe('Vælg antal års jubilæum: 25, 40 eller 50.');
    expect(validateSubmission({ ...good, type: 'birthday', years: 55 }, { today, messages }).errors.years).toBe('Angiv den runde alder, medarbejderen fylder: 50, 60 eller 70 år.');
    expect(validateSubmission({ ...good, type: 'birthday', years: 60 }, { today, messages }).errors.years).toBeUndefined();
    expect(validateSubmission({ ...good, type: 'newColleague', years: undefined }, { today, messages }).errors.years).toBeUndefined();
  });

  it('counts the message in characters as a person sees them and says how many to remove', () => {
    const long = 'å'.repeat(503);
    const decomposed = 'a\u030A'.repeat(500);
    expect(validateSubmission({ ...good, message: long }, { today, messages }).errors.message).toBe('Beskeden er 503 tegn. Den må højst være 500 tegn – fjern 3 tegn.');
    expect(validateSubmission({ ...good, message: decomposed }, { today, messages }).errors.message).toBeUndefined();
    expect(messageRemaining(decomposed)).toBe(0);
    expect(messageRemaining(undefined)).toBe(500);
  });

  it('accepts JPEG and PNG up to 5 MB only', () => {
    const photo = (name: string, type: string, size: number): INavnenytSubmission => ({ ...good, photo: { name, type, size } });
    expect(validateSubmission(photo('a.png', 'image/png', MAX_PHOTO_BYTES), { today, messages }).errors.photo).toBeUndefined();
    expect(validateSubmission(photo('a.jpeg', '', 1000), { today, messages }).errors.photo).toBeUndefined();
    expect(validateSubmission(photo('a.heic', 'image/heic', 1000), { today, messages }).errors.photo).toBe(
      'Billedet skal være en JPEG- eller PNG-fil. Gem det i et af de formater, og vælg det igen.',
    );
    expect(validateSubmission(photo('a.jpg', 'image/jpeg', 6.2 * 1024 * 1024), { today, messages }).errors.photo).toBe(
      'Billedet fylder 6,2 MB. Det må højst fylde 5 MB – vælg et mindre billede.',
    );
    expect(validateSubmission(photo('a.jpg', 'image/jpeg', 6.2 * 1024 * 1024), { today, messages: navnenytEditorTexts('en').validation }).errors.photo).toBe(
      'The photo is 6.2 MB. It can be at most 5 MB – choose a smaller photo.',
    );
    expect(validateSubmission(photo('a.jpg', 'image/jpeg', 0), { today, messages }).errors.photo).toBe('Billedfilen er tom. Vælg billedet igen.');
  });

  it('checks the display window', () => {
    expect(validateSubmission({ ...good, showFrom: '2026-12-12', showUntil: '2026-12-11' }, { today, messages }).errors.showUntil).toBe(
      '"Vis til" ligger før "Vis fra". Vælg en "Vis til"-dato på eller efter "Vis fra".',
    );
    expect(validateSubmission({ ...good, showUntil: '2027-03-01' }, { today, messages }).errors.showUntil).toBe(
      'Navnenyt vises højst 60 dage efter begivenheden. Vælg 08.02.2027 eller tidligere.',
    );
    expect(validateSubmission({ ...good, showFrom: '2026-11-31' }, { today, messages }).errors.showFrom).toBe('Datoen i "Vis fra" findes ikke. Skriv den som fx 20.11.2026.');
    expect(validateSubmission({ ...good, showFrom: '2026-12-10', showUntil: '2026-12-10' }, { today, messages }).valid).toBe(true);
  });

  it('keeps Mindeord for editors and asks for the relatives’ agreement', () => {
    const memorial: INavnenytSubmission = { ...good, type: 'memorial', years: undefined, consentConfirmed: false };
    expect(validateSubmission(memorial, { today, messages }).errors.type).toBe(
      'Mindeord oprettes kun af kommunikationsafdelingen efter aftale med de pårørende. Kontakt kommunikationsafdelingen.',
    );
    const asEditor = validateSubmission(memorial, { today, messages, role: 'editor' });
    expect(asEditor.errors.type).toBeUndefined();
    expect(asEditor.errors.consentConfirmed).toBe('Bekræft, at de pårørende har sagt ja til mindeordet. Uden bekræftelsen kan det ikke sendes.');
  });
});

describe('parseDanishDate', () => {
  it.each([
    ['27.11.2026', '2026-11-27'],
    ['1.5.2026', '2026-05-01'],
    ['01-05-2026', '2026-05-01'],
    ['27/11/2026', '2026-11-27'],
    [' 2026-11-27 ', '2026-11-27'],
    ['29.02.2028', '2028-02-29'],
    ['29.02.2026', undefined],
    ['31.04.2026', undefined],
    ['11/27/2026', undefined],
    ['i morgen', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseDanishDate(text)).toBe(expected);
  });
});
