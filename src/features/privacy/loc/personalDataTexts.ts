/**
 * *Se alt om mig*: what the panel shows and the document it makes, loaded with the panel's chunk (the section's
 * heading and button are in myChoicesStrings). Typed: both languages have every key.
 */
import type { UiLocale } from '../../../shared/loc/strings';
import type { IPersonalDataTexts } from '../domain/personalData';

export interface IPersonalDataUiTexts {
  readonly loading: string;
  /** "{0}: {1}", a source and how many. */
  readonly count: string;
  readonly versions: string;
  readonly noChoices: string;
  readonly downloadJson: string;
  readonly downloadCsv: string;
  /** The downloaded file's name without extension: "{0}" the business day. */
  readonly fileName: string;
  readonly doc: IPersonalDataTexts;
}

const da: IPersonalDataUiTexts = {
  loading: 'Samler alt om dig …',
  count: '{0}: {1}',
  versions: 'gemte udgaver',
  noChoices: 'Du har ikke gemt privatlivsvalg.',
  downloadJson: 'Hent som JSON',
  downloadCsv: 'Hent som CSV (Excel)',
  fileName: 'alt-om-mig-{0}',
  doc: {
    sources: { navnenyt: 'Navnenyt om dig', portraits: 'Portrætter af dig', stories: 'Historier, du er med i', choices: 'Dine privatlivsvalg', history: 'Historik for dine valg' },
    notReadable: 'Navnenyt om dig, der venter på godkendelse eller er afvist, kan du ikke selv se. Skriv til kommunikation, hvis du vil se dem; de slettes 90 dage efter, at de skulle have været vist.',
    payroll: 'HR har et udtræk fra lønsystemet om dig (medarbejdernummer, fødselsdato, ansættelses- og jubilæumsdato, stilling og arbejdssted), som kun bruges til at foreslå navnenyt. Skriv til HR for at få det udleveret.',
  },
};

const en: IPersonalDataUiTexts = {
  loading: 'Collecting everything about you …',
  count: '{0}: {1}',
  versions: 'saved versions',
  noChoices: 'You have not saved any privacy choices.',
  downloadJson: 'Download as JSON',
  downloadCsv: 'Download as CSV (Excel)',
  fileName: 'everything-about-me-{0}',
  doc: {
    sources: { navnenyt: 'Name news about you', portraits: 'Portraits of you', stories: 'Stories you appear in', choices: 'Your privacy choices', history: 'History of your choices' },
    notReadable: 'Name news about you that waits for approval or was rejected is not readable by you. Write to communications to see it; it is deleted 90 days after it was to show.',
    payroll: 'HR holds an extract from the payroll system about you (employee number, birth date, hire and seniority date, job title and workplace), used only to suggest name news. Write to HR to receive it.',
  },
};

export function personalDataTexts(locale: UiLocale): IPersonalDataUiTexts {
  return locale === 'en' ? en : da;
}
