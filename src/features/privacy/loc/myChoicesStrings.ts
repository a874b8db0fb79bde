/**
 * The texts of Mine valg and its settings, in Danish (first) and English.
 * Each is added to the common texts (withCommonStrings); typed, so the compiler checks both languages have every key.
 */
import { withCommonStrings } from '../../../shared/loc/strings';

export interface IMyChoicesStrings {
  readonly myChoices: {
    readonly title: string;
    readonly intro: string;
    readonly loading: string;
    readonly categoryHeader: string;
    readonly intranet: string;
    readonly linkedIn: string;
    readonly facebook: string;
    readonly categories: Readonly<Record<'birthday' | 'age' | 'jubilee' | 'newColleague' | 'retirement' | 'photo' | 'portraitText', string>>;
    readonly save: string;
    readonly saved: string;
    readonly withdrawAll: string;
    readonly withdrawn: string;
    readonly privacyNotice: string;
    readonly historyTitle: string;
    readonly historyEmpty: string;
    readonly yes: string;
    readonly no: string;
    readonly changedBy: string;
    readonly firstVersion: string;
    readonly unsaved: string;
    readonly noChoicesYet: string;
    /** The choices shown were registered by HR on the person's behalf. */
    readonly registeredByHr: string;
    /** HR only: items created by someone who is neither the person nor in HR. */
    readonly impostorsTitle: string;
    readonly impostorsIntro: string;
    readonly impostorsLoading: string;
    readonly impostorsEmpty: string;
    readonly impostor: string;
    readonly recycleImpostor: string;
    readonly impostorRecycled: string;
    /** Its settings' labels (the property pane and the local page's settings panel). */
    /** Se alt om mig (GDPR art. 15): the section's heading, what it is, and the button that collects it. */
    readonly personalData: { readonly title: string; readonly intro: string; readonly show: string };
    readonly propertyPane: {
      readonly privacyUrlLabel: string;
    };
  };
}

const da: IMyChoicesStrings = {
  myChoices: {
    title: 'Mine valg',
    intro: 'Du bestemmer, hvad der må vises om dig. Du kan altid ændre dine valg; ændringen gælder fra næste gang siden vises.',
    loading: 'Henter dine valg …',
    categoryHeader: 'Hvad må vises',
    intranet: 'Intranettet',
    linkedIn: 'LinkedIn',
    facebook: 'Facebook',
    categories: {
      birthday: 'Min fødselsdag',
      age: 'Min alder ved runde fødselsdage',
      jubilee: 'Mit jubilæum',
      newColleague: 'At jeg er ny medarbejder',
      retirement: 'Min pension eller fratræden',
      photo: 'Mit foto',
      portraitText: 'Et portræt af mig (tekst og citater)',
    },
    save: 'Gem mine valg',
    saved: 'Dine valg er gemt.',
    withdrawAll: 'Træk alle samtykker tilbage',
    withdrawn: 'Alle samtykker er trukket tilbage. Intet vises om dig fra næste gang siden vises.',
    privacyNotice: 'Læs, hvordan kommunen behandler dine oplysninger',
    historyTitle: 'Historik',
    historyEmpty: 'Du har ikke gemt nogen valg endnu.',
    yes: 'ja',
    no: 'nej',
    changedBy: 'Gemt {0} af {1}',
    firstVersion: 'Første valg',
    unsaved: 'Du har ændringer, der ikke er gemt.',
    noChoicesYet: 'Du har ikke gemt nogen valg endnu. Indtil du gør det, viser intranettet kun navnenyt, som HR har aftalt med dig, og aldrig din alder eller dit foto. LinkedIn og Facebook viser intet om dig.',
    registeredByHr: 'HR har registreret valgene herunder for dig. Når du gemmer eller trækker samtykker tilbage, gemmes dine egne valg, og de gælder fremover i stedet for HR\'s.',
    impostorsTitle: 'Privatlivsvalg oprettet af andre (kun HR)',
    impostorsIntro: 'Disse elementer er oprettet af en, der hverken er medarbejderen selv eller medlem af HR. Intranettet ser bort fra dem. Læg dem i papirkurven.',
    impostorsLoading: 'Leder efter privatlivsvalg oprettet af andre …',
    impostorsEmpty: 'Der er ingen privatlivsvalg oprettet af andre.',
    impostor: 'Valg for {0}, oprettet af {1} {2}',
    recycleImpostor: 'Læg i papirkurven',
    impostorRecycled: 'Elementet om {0} er lagt i papirkurven.',
    personalData: {
      title: 'Se alt om mig',
      intro: 'Se og hent alt, hvad Medarbejdernyt har gemt om dig, og som du selv kan læse: dine privatlivsvalg og deres historik, navnenyt om dig, portrætter af dig og historier, du er med i (databeskyttelsesforordningens artikel 15).',
      show: 'Vis alt om mig',
    },
    propertyPane: {
      privacyUrlLabel: 'Link til privatlivserklæringen',
    },
  },
};

const en: IMyChoicesStrings = {
  myChoices: {
    title: 'My choices',
    intro: 'You decide what may be shown about you. You can change your choices at any time; the change applies from the next time the page is shown.',
    loading: 'Loading your choices …',
    categoryHeader: 'What may be shown',
    intranet: 'The intranet',
    linkedIn: 'LinkedIn',
    facebook: 'Facebook',
    categories: {
      birthday: 'My birthday',
      age: 'My age on round birthdays',
      jubilee: 'My work anniversary',
      newColleague: 'That I am a new colleague',
      retirement: 'My retirement or farewell',
      photo: 'My photo',
      portraitText: 'A portrait of me (text and quotes)',
    },
    save: 'Save my choices',
    saved: 'Your choices are saved.',
    withdrawAll: 'Withdraw all consent',
    withdrawn: 'All consent is withdrawn. Nothing shows about you from the next time the page is shown.',
    privacyNotice: 'Read how the municipality processes your data',
    historyTitle: 'History',
    historyEmpty: 'You have not saved any choices yet.',
    yes: 'yes',
    no: 'no',
    changedBy: 'Saved {0} by {1}',
    firstVersion: 'First choices',
    unsaved: 'You have unsaved changes.',
    noChoicesYet: 'You have not saved any choices yet. Until you do, the intranet shows only name news HR agreed with you, never your age or photo. LinkedIn and Facebook show nothing about you.',
    registeredByHr: 'HR registered the choices below for you. When you save or withdraw, your own choices are saved and apply from then on instead of HR\'s.',
    impostorsTitle: 'Privacy choices created by others (HR only)',
    impostorsIntro: 'These items were created by someone who is neither the employee nor a member of HR. The intranet ignores them. Put them in the recycle bin.',
    impostorsLoading: 'Looking for privacy choices created by others …',
    impostorsEmpty: 'There are no privacy choices created by others.',
    impostor: 'Choices for {0}, created by {1} {2}',
    recycleImpostor: 'Put in the recycle bin',
    impostorRecycled: 'The item about {0} is in the recycle bin.',
    personalData: {
      title: 'See everything about me',
      intro: 'See and download everything Medarbejdernyt stores about you that you can read yourself: your privacy choices and their history, name news about you, portraits of you and stories you appear in (Article 15 of the GDPR).',
      show: 'Show everything about me',
    },
    propertyPane: {
      privacyUrlLabel: 'Link to the privacy notice',
    },
  },
};

/** The common texts and Mine valg's, in the common texts' language. */
export const myChoicesStrings = withCommonStrings({ da, en });
