/**
 * The texts of Indsend navnenyt (the form, the suggestions, the rejected submissions) and its settings, in Danish
 * (first) and English; a module of its own, so the readers' bundle does not carry them.
 * Each is added to the common texts (withCommonStrings); typed, so the compiler checks both languages have every key.
 */
import { withCommonStrings } from '../../../shared/loc/strings';

export interface ISubmitStrings {
  readonly submit: {
    readonly title: string;
    readonly intro: string;
    readonly searchLabel: string;
    readonly searchPlaceholder: string;
    readonly searchHint: string;
    readonly searching: string;
    readonly noMatches: string;
    readonly choose: string;
    readonly chosen: string;
    readonly change: string;
    readonly typeLabel: string;
    readonly dateLabel: string;
    readonly dateHint: string;
    readonly yearsLabelJubilee: string;
    readonly yearsLabelBirthday: string;
    readonly messageLabel: string;
    readonly remaining: string;
    readonly photoLabel: string;
    readonly photoHint: string;
    readonly photoAltLabel: string;
    readonly removePhoto: string;
    readonly showFromLabel: string;
    readonly showUntilLabel: string;
    readonly consentLabel: string;
    readonly send: string;
    readonly sending: string;
    readonly sent: string;
    readonly errorSummary: string;
    readonly draftKept: string;
    readonly draftFound: string;
    /** The photo is never kept in a draft. */
    readonly draftWithoutPhoto: string;
    readonly restoreDraft: string;
    readonly discardDraft: string;
    readonly suggestionsTitle: string;
    readonly suggestionsIntro: string;
    readonly suggestionsLoading: string;
    readonly suggestionsEmpty: string;
    readonly suggestionsNoAccess: string;
    readonly useSuggestion: string;
    readonly medal: string;
    readonly moreSuggestions: string;
    /** Afviste indsendelser: the user's own name news that communications rejected, with the reason. */
    readonly rejectedTitle: string;
    readonly rejectedIntro: string;
    readonly rejectedReason: string;
    readonly rejectedNoReason: string;
    readonly correctAndResend: string;
    readonly discardRejected: string;
    readonly discarded: string;
    readonly correcting: string;
    readonly stopCorrecting: string;
    readonly replacedNotRemoved: string;
    /** Its settings' labels (the property pane and the local page's settings panel). */
    readonly propertyPane: {
      readonly roleLabel: string;
      readonly roleHr: string;
      readonly roleEditor: string;
    };
  };
}

const da: ISubmitStrings = {
  submit: {
    title: 'Indsend navnenyt',
    intro: 'Navnenyt sendes til godkendelse hos kommunikation, før det vises på forsiden.',
    searchLabel: 'Medarbejder',
    searchPlaceholder: 'Skriv mindst to bogstaver af navnet',
    searchHint: 'Søg på navn eller e-mail. HR søger i lønudtrækket, som også udfylder datoerne.',
    searching: 'Søger …',
    noMatches: 'Ingen medarbejdere passer på søgningen.',
    choose: 'Vælg {0}',
    chosen: 'Valgt: {0}',
    change: 'Vælg en anden',
    typeLabel: 'Begivenhed',
    dateLabel: 'Dato',
    dateHint: 'Skriv datoen som dag.måned.år, fx 27.11.2026.',
    yearsLabelJubilee: 'Antal år (25, 40 eller 50)',
    yearsLabelBirthday: 'Alder (rund fødselsdag)',
    messageLabel: 'Besked til kollegerne (valgfri)',
    remaining: '{0} tegn tilbage',
    photoLabel: 'Foto (valgfrit)',
    photoHint: 'JPEG eller PNG, højst 5 MB. Fotoet gøres mindre i browseren, før det sendes.',
    photoAltLabel: 'Beskriv fotoet for skærmlæsere (valgfri)',
    removePhoto: 'Fjern fotoet',
    showFromLabel: 'Vis fra',
    showUntilLabel: 'Vis til',
    consentLabel: 'Medarbejderen har sagt ja til, at dette navnenyt må vises på intranettet',
    send: 'Send til godkendelse',
    sending: 'Sender …',
    sent: 'Tak. Navnenyt om {0} venter nu på godkendelse hos kommunikation.',
    errorSummary: 'Ret disse felter, før du sender:',
    draftKept: 'Navnenyt blev ikke gemt, men din kladde er gemt i browseren i et døgn. Du kan prøve igen, når forbindelsen er i orden.',
    draftFound: 'Du har en kladde om {0}, som ikke blev sendt.',
    draftWithoutPhoto: 'Billedet gemmes ikke i kladden: vælg billedet igen, når du har hentet kladden.',
    restoreDraft: 'Hent kladden',
    discardDraft: 'Kassér kladden',
    suggestionsTitle: 'Forslag fra lønudtrækket',
    suggestionsIntro: 'Runde fødselsdage, jubilæer, nye kolleger og pensioneringer de næste 30 dage, som der endnu ikke er indsendt navnenyt om.',
    suggestionsLoading: 'Finder kommende mærkedage …',
    suggestionsEmpty: 'Der er ingen kommende mærkedage uden navnenyt.',
    suggestionsNoAccess: 'Forslagene kommer fra lønudtrækket, som kun HR har adgang til.',
    useSuggestion: 'Brug forslaget: {0}',
    medal: '40 års jubilæum: overvej indstilling til Fortjenstmedaljen.',
    moreSuggestions: 'Og {0} forslag mere.',
    rejectedTitle: 'Afviste indsendelser',
    rejectedIntro: 'Kommunikation har afvist disse navnenyt. Læs begrundelsen, ret navnenyt og send det igen – eller kassér det.',
    rejectedReason: 'Begrundelse fra kommunikation:',
    rejectedNoReason: 'Kommunikation skrev ingen begrundelse. Spørg kommunikation, hvad der skal rettes.',
    correctAndResend: 'Ret og send igen',
    discardRejected: 'Kassér',
    discarded: 'Den afviste indsendelse om {0} er lagt i papirkurven.',
    correcting: 'Du retter navnenyt om {0}, som kommunikation afviste. Når du sender, erstatter det den afviste indsendelse. Vælg billedet igen, hvis det skal med, og bekræft samtykket igen.',
    stopCorrecting: 'Ryd formularen',
    replacedNotRemoved: 'Den afviste indsendelse kunne ikke fjernes. Kassér den under Afviste indsendelser.',
    propertyPane: {
      roleLabel: 'Hvem bruger formularen',
      roleHr: 'HR (alle begivenheder undtagen mindeord)',
      roleEditor: 'Kommunikation (også mindeord)',
    },
  },
};

const en: ISubmitStrings = {
  submit: {
    title: 'Submit name news',
    intro: 'Name news goes to communications for approval before it shows on the front page.',
    searchLabel: 'Employee',
    searchPlaceholder: 'Type at least two letters of the name',
    searchHint: 'Search by name or e-mail. HR searches the payroll extract, which also fills in the dates.',
    searching: 'Searching …',
    noMatches: 'No employee matches the search.',
    choose: 'Choose {0}',
    chosen: 'Chosen: {0}',
    change: 'Choose someone else',
    typeLabel: 'Event',
    dateLabel: 'Date',
    dateHint: 'Write the date as day.month.year, e.g. 27.11.2026.',
    yearsLabelJubilee: 'Years (25, 40 or 50)',
    yearsLabelBirthday: 'Age (round birthday)',
    messageLabel: 'Message to colleagues (optional)',
    remaining: '{0} characters left',
    photoLabel: 'Photo (optional)',
    photoHint: 'JPEG or PNG, at most 5 MB. The photo is made smaller in the browser before it is sent.',
    photoAltLabel: 'Describe the photo for screen readers (optional)',
    removePhoto: 'Remove the photo',
    showFromLabel: 'Show from',
    showUntilLabel: 'Show until',
    consentLabel: 'The employee has agreed that this name news may be shown on the intranet',
    send: 'Send for approval',
    sending: 'Sending …',
    sent: 'Thank you. The name news about {0} is now waiting for approval by communications.',
    errorSummary: 'Correct these fields before you send:',
    draftKept: 'The name news was not saved, but your draft is kept in the browser for a day. Try again when the connection is back.',
    draftFound: 'You have an unsent draft about {0}.',
    draftWithoutPhoto: 'The photo is not kept in the draft: choose the photo again after restoring the draft.',
    restoreDraft: 'Restore the draft',
    discardDraft: 'Discard the draft',
    suggestionsTitle: 'Suggestions from the payroll extract',
    suggestionsIntro: 'Round birthdays, work anniversaries, new colleagues and retirements in the next 30 days without name news yet.',
    suggestionsLoading: 'Finding coming occasions …',
    suggestionsEmpty: 'There are no coming occasions without name news.',
    suggestionsNoAccess: 'The suggestions come from the payroll extract, which only HR can read.',
    useSuggestion: 'Use the suggestion: {0}',
    medal: '40-year anniversary: consider a recommendation for the Medal of Merit.',
    moreSuggestions: 'And {0} more suggestions.',
    rejectedTitle: 'Rejected submissions',
    rejectedIntro: 'Communications rejected this name news. Read the reason, correct it and send it again – or discard it.',
    rejectedReason: 'Reason from communications:',
    rejectedNoReason: 'Communications gave no reason. Ask communications what to correct.',
    correctAndResend: 'Correct and send again',
    discardRejected: 'Discard',
    discarded: 'The rejected submission about {0} is in the recycle bin.',
    correcting: 'You are correcting name news about {0} that communications rejected. When you send it, it replaces the rejected submission. Choose the photo again if it should be included, and confirm the consent again.',
    stopCorrecting: 'Clear the form',
    replacedNotRemoved: 'The rejected submission could not be removed. Discard it under Rejected submissions.',
    propertyPane: {
      roleLabel: 'Who uses the form',
      roleHr: 'HR (every event except memorials)',
      roleEditor: 'Communications (memorials too)',
    },
  },
};

/** The common texts and Indsend navnenyt's, in the common texts' language. */
export const submitStrings = withCommonStrings({ da, en });
