/**
 * The texts of Godkend navnenyt (the approval queue and the withdrawal tasks), in Danish (first) and English.
 * A module of their own, as are Navnenyt's and Indsend navnenyt's, so the readers' bundle carries none of the editors'
 * texts.
 * Each is added to the common texts (withCommonStrings); typed, so the compiler checks both languages have every key.
 */
import { withCommonStrings } from '../../../shared/loc/strings';

export interface IApproveStrings {
  readonly approve: {
    readonly title: string;
    readonly loading: string;
    readonly empty: string;
    readonly approve: string;
    readonly reject: string;
    readonly commentLabel: string;
    readonly commentRequired: string;
    readonly confirmReject: string;
    readonly cancel: string;
    readonly approved: string;
    readonly rejected: string;
    readonly conflict: string;
    readonly changedFields: string;
    readonly submittedFor: string;
    readonly notConfirmed: string;
    /** Samtykke trukket tilbage: published items that hold what the person has since said no to. */
    readonly withdrawalsTitle: string;
    readonly withdrawalsIntro: string;
    readonly withdrawalsLoading: string;
    readonly withdrawalsEmpty: string;
    /** Why an item is a task, per thing it holds that the person no longer allows. */
    readonly notAllowed: Readonly<Record<'mention' | 'age' | 'photo', string>>;
    readonly removeItem: string;
    readonly removeItemAndPhoto: string;
    readonly removed: string;
    /** A photo's alternative text when HR wrote none: "Foto af {0}". */
    readonly photoOf: string;
  };
  /** Opbevaring: name news past their retention period (domain/retention.ts). */
  readonly retention: {
    readonly title: string;
    /** {0} the retention period in days. */
    readonly intro: string;
    readonly loading: string;
    readonly none: string;
    /** {0} how many, {1} days. */
    readonly due: string;
    readonly showList: string;
    /** {0} type, {1} name, {2} the last day it was to be kept. */
    readonly dueItem: string;
    readonly deleteAll: string;
    readonly confirm: string;
    readonly confirmYes: string;
    readonly done: string;
    /** {0} recycled, {1} not. */
    readonly partly: string;
    readonly daysLabel: string;
  };
}

const da: IApproveStrings = {
  approve: {
    title: 'Godkend navnenyt',
    loading: 'Henter navnenyt, der venter på godkendelse …',
    empty: 'Der er ingen navnenyt, der venter på godkendelse.',
    approve: 'Godkend',
    reject: 'Afvis',
    commentLabel: 'Begrundelse til HR',
    commentRequired: 'Skriv en begrundelse, så HR ved, hvad der skal rettes.',
    confirmReject: 'Afvis navnenyt',
    cancel: 'Annuller',
    approved: 'Navnenyt om {0} er godkendt og vises nu på forsiden.',
    rejected: 'Navnenyt om {0} er afvist. HR kan se begrundelsen.',
    conflict: 'En anden har ændret navnenyt om {0}, mens du så på det. Se ændringerne herunder, og vælg igen.',
    changedFields: 'Ændret: {0}',
    submittedFor: 'Vises {0} – {1}',
    notConfirmed: 'HR har ikke bekræftet, at medarbejderen har sagt ja. Navnenyt vises ikke, før det er bekræftet.',
    withdrawalsTitle: 'Samtykke trukket tilbage',
    withdrawalsIntro: 'Disse navnenyt er offentliggjort, men medarbejderen har siden sagt nej til noget af det, de viser. Forsiden viser det ikke længere, men alle medarbejdere kan stadig læse det i listen, indtil du sletter det. Det slettede lægges i papirkurven.',
    withdrawalsLoading: 'Finder navnenyt, hvor samtykket er trukket tilbage …',
    withdrawalsEmpty: 'Ingen offentliggjorte navnenyt skal slettes.',
    notAllowed: {
      mention: 'Medarbejderen har trukket samtykket til at vise denne begivenhed tilbage.',
      age: 'Medarbejderen har ikke sagt ja til at vise sin alder.',
      photo: 'Medarbejderen har ikke sagt ja til at vise sit foto.',
    },
    removeItem: 'Slet navnenyt',
    removeItemAndPhoto: 'Slet navnenyt og foto',
    removed: 'Navnenyt om {0} er slettet og ligger i papirkurven.',
    photoOf: 'Foto af {0}',
  },
  retention: {
    title: 'Opbevaring',
    intro: 'Navnenyt er personoplysninger, som kun opbevares, så længe de bruges. {0} dage efter at et navnenyt sidst blev vist, slettes det med sit foto, uanset om det blev godkendt. Det slettede lægges i webstedets papirkurv, hvorfra en ejer af webstedet kan gendanne det i 93 dage.',
    loading: 'Finder navnenyt, der er opbevaret længe nok …',
    none: 'Ingen navnenyt er over opbevaringsperioden.',
    due: '{0} navnenyt har været skjult i mere end {1} dage og skal slettes.',
    showList: 'Vis hvilke',
    dueItem: '{0}: {1} (skulle opbevares til {2})',
    deleteAll: 'Slet {0} navnenyt',
    confirm: 'Vil du lægge {0} navnenyt og deres fotos i papirkurven? De vises ikke noget sted i forvejen.',
    confirmYes: 'Ja, slet dem',
    done: '{0} navnenyt er lagt i papirkurven.',
    partly: '{0} navnenyt er lagt i papirkurven; {1} kunne ikke slettes.',
    daysLabel: 'Opbevaringsperiode i dage efter sidste visning (30–730)',
  },
};

const en: IApproveStrings = {
  approve: {
    title: 'Approve name news',
    loading: 'Loading name news waiting for approval …',
    empty: 'No name news is waiting for approval.',
    approve: 'Approve',
    reject: 'Reject',
    commentLabel: 'Reason for HR',
    commentRequired: 'Write a reason so HR knows what to correct.',
    confirmReject: 'Reject name news',
    cancel: 'Cancel',
    approved: 'The name news about {0} is approved and now shows on the front page.',
    rejected: 'The name news about {0} is rejected. HR can see the reason.',
    conflict: 'Someone else changed the name news about {0} while you were looking at it. See the changes below and choose again.',
    changedFields: 'Changed: {0}',
    submittedFor: 'Shows {0} – {1}',
    notConfirmed: 'HR has not confirmed that the employee agreed. It will not show until confirmed.',
    withdrawalsTitle: 'Consent withdrawn',
    withdrawalsIntro: 'This name news is published, but the employee has since said no to some of what it shows. The front page no longer shows it, but every employee can still read it in the list until you delete it. What you delete goes to the recycle bin.',
    withdrawalsLoading: 'Finding name news whose consent was withdrawn …',
    withdrawalsEmpty: 'No published name news needs deleting.',
    notAllowed: {
      mention: 'The employee has withdrawn consent to show this occasion.',
      age: 'The employee has not said yes to showing their age.',
      photo: 'The employee has not said yes to showing their photo.',
    },
    removeItem: 'Delete the name news',
    removeItemAndPhoto: 'Delete the name news and photo',
    removed: 'The name news about {0} is deleted and in the recycle bin.',
    photoOf: 'Photo of {0}',
  },
  retention: {
    title: 'Retention',
    intro: 'Name news are personal data, kept only while they are used. {0} days after a name news item last showed, it is deleted with its photo, whether it was approved or not. What is deleted goes to the site\'s recycle bin, from which a site owner can restore it for 93 days.',
    loading: 'Finding name news kept long enough …',
    none: 'No name news is past the retention period.',
    due: '{0} name news have been hidden for more than {1} days and must be deleted.',
    showList: 'Show which',
    dueItem: '{0}: {1} (to be kept until {2})',
    deleteAll: 'Delete {0} name news',
    confirm: 'Put {0} name news and their photos in the recycle bin? They no longer show anywhere.',
    confirmYes: 'Yes, delete them',
    done: '{0} name news are in the recycle bin.',
    partly: '{0} name news are in the recycle bin; {1} could not be deleted.',
    daysLabel: 'Retention period in days after last shown (30–730)',
  },
};

/** The common texts and Godkend navnenyt's, in the common texts' language. */
export const approveStrings = withCommonStrings({ da, en });
