/**
 * The navnenyt texts only the editors' web parts need by key: the form's validation messages, the approver's names for
 * what changed. In the editors' bundle only. Typed: the compiler checks both languages have every key.
 */
import type { UiLocale } from '../../../shared/loc/strings';
import type { ComparedField } from '../domain/navnenytChanges';
import type { IValidationMessages } from '../domain/validation';

export interface INavnenytEditorTexts {
  /** The approver's names for what changed, in running text ("dato", "antal år"). */
  readonly changedFields: Readonly<Record<ComparedField, string>>;
  readonly validation: IValidationMessages;
  /** The chosen employee has no e-mail in HR's extract. */
  readonly employeeWithoutEmail: string;
}

const da: INavnenytEditorTexts = {
  changedFields: {
    name: 'navn',
    type: 'begivenhed',
    eventDate: 'dato',
    years: 'antal år',
    jobTitle: 'stilling',
    workplace: 'arbejdssted',
    area: 'område',
    message: 'besked',
    photo: 'foto',
    showFrom: 'vises fra',
    showUntil: 'vises til',
    consentConfirmed: 'bekræftelse af samtykke',
    approval: 'godkendelsesstatus',
  },
  validation: {
    locale: 'da',
    decimalSeparator: ',',
    or: 'eller',
    employeeMissing: 'Vælg medarbejderen. Skriv navn eller e-mail i feltet, og vælg personen på listen.',
    typeMissing: 'Vælg hvilken slags navnenyt det er, fx Jubilæum eller Ny medarbejder.',
    typeEditorOnly: 'Mindeord oprettes kun af kommunikationsafdelingen efter aftale med de pårørende. Kontakt kommunikationsafdelingen.',
    dateMissing: 'Angiv datoen for begivenheden, fx 27.11.2026.',
    dateInvalid: 'Datoen findes ikke. Skriv den som dag.måned.år, fx 27.11.2026.',
    dateTooOld: 'Datoen {date} ligger mere end et år tilbage. Tjek årstallet.',
    dateTooFar: 'Datoen {date} ligger mere end to år ude i fremtiden. Tjek årstallet.',
    jubileeYears: 'Vælg antal års jubilæum: {allowed}.',
    birthdayAge: 'Angiv den runde alder, medarbejderen fylder: {allowed} år.',
    messageTooLong: 'Beskeden er {length} tegn. Den må højst være {max} tegn – fjern {remove} tegn.',
    photoType: 'Billedet skal være en JPEG- eller PNG-fil. Gem det i et af de formater, og vælg det igen.',
    photoEmpty: 'Billedfilen er tom. Vælg billedet igen.',
    photoTooLarge: 'Billedet fylder {size}. Det må højst fylde 5 MB – vælg et mindre billede.',
    showFromInvalid: 'Datoen i "Vis fra" findes ikke. Skriv den som fx 20.11.2026.',
    showUntilInvalid: 'Datoen i "Vis til" findes ikke. Skriv den som fx 04.12.2026.',
    showUntilBeforeFrom: '"Vis til" ligger før "Vis fra". Vælg en "Vis til"-dato på eller efter "Vis fra".',
    showUntilTooLate: 'Navnenyt vises højst {days} dage efter begivenheden. Vælg {last} eller tidligere.',
    consentMemorial: 'Bekræft, at de pårørende har sagt ja til mindeordet. Uden bekræftelsen kan det ikke sendes.',
    consentMention: 'Bekræft, at medarbejderen har sagt ja til omtalen. Uden bekræftelsen kan navnenyt ikke sendes.',
  },
  employeeWithoutEmail: 'Medarbejderen har ingen e-mail i lønudtrækket. Bed lønkontoret om at rette den.',
};

const en: INavnenytEditorTexts = {
  changedFields: {
    name: 'name',
    type: 'event',
    eventDate: 'date',
    years: 'years',
    jobTitle: 'job title',
    workplace: 'workplace',
    area: 'area',
    message: 'message',
    photo: 'photo',
    showFrom: 'show from',
    showUntil: 'show until',
    consentConfirmed: 'consent confirmation',
    approval: 'approval status',
  },
  validation: {
    locale: 'en',
    decimalSeparator: '.',
    or: 'or',
    employeeMissing: 'Choose the employee. Type a name or e-mail address in the field and pick the person from the list.',
    typeMissing: 'Choose the kind of name news, e.g. Work anniversary or New colleague.',
    typeEditorOnly: 'Only the communications team creates memorials, by agreement with the relatives. Please contact them.',
    dateMissing: 'Enter the date of the event, e.g. 27/11/2026.',
    dateInvalid: 'That date does not exist. Write it as day/month/year, e.g. 27/11/2026.',
    dateTooOld: 'The date {date} is more than a year ago. Check the year.',
    dateTooFar: 'The date {date} is more than two years ahead. Check the year.',
    jubileeYears: 'Choose the number of years: {allowed}.',
    birthdayAge: 'Enter the round age the employee turns: {allowed}.',
    messageTooLong: 'The message is {length} characters. It can be at most {max} – remove {remove} characters.',
    photoType: 'The photo must be a JPEG or PNG file. Save it in one of those formats and choose it again.',
    photoEmpty: 'The photo file is empty. Choose the photo again.',
    photoTooLarge: 'The photo is {size}. It can be at most 5 MB – choose a smaller photo.',
    showFromInvalid: 'The "Show from" date does not exist. Write it as e.g. 20/11/2026.',
    showUntilInvalid: 'The "Show until" date does not exist. Write it as e.g. 04/12/2026.',
    showUntilBeforeFrom: '"Show until" is before "Show from". Choose a "Show until" date on or after "Show from".',
    showUntilTooLate: 'Name news shows at most {days} days after the event. Choose {last} or earlier.',
    consentMemorial: 'Confirm that the relatives agreed to the memorial. It cannot be sent without this confirmation.',
    consentMention: 'Confirm that the employee agreed to the mention. It cannot be sent without this confirmation.',
  },
  employeeWithoutEmail: 'The employee has no e-mail in the payroll extract. Ask payroll to add it.',
};

export function navnenytEditorTexts(locale: UiLocale): INavnenytEditorTexts {
  return locale === 'en' ? en : da;
}
