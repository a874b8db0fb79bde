/** The shape of every interface text; `da.ts` and `en.ts` must both fill it. */
import type { DataErrorKind } from '../data/errors';

export type UiLocale = 'da' | 'en';

export interface IStrings {
  readonly locale: UiLocale;
  readonly common: {
    readonly loading: string;
    readonly retry: string;
    readonly errors: Readonly<Record<DataErrorKind, string>>;
    readonly errorHeading: string;
  };
  readonly navnenyt: {
    readonly title: string;
    readonly loading: string;
    readonly empty: string;
    readonly filterLabel: string;
    readonly filterAll: string;
    readonly filterMyArea: string;
    readonly congratulate: string;
    readonly congratulateEmail: string;
    readonly areaSaved: string;
    readonly photoAlt: string;
    readonly listLabel: string;
  };
  readonly stories: {
    readonly title: string;
    readonly loading: string;
    readonly empty: string;
    readonly readMore: string;
    readonly readLess: string;
    readonly featured: string;
    readonly themeLabel: string;
    readonly allThemes: string;
  };
  readonly portraits: {
    readonly title: string;
    readonly loading: string;
    readonly empty: string;
    readonly jobAdvert: string;
    readonly photoOf: string;
  };
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
  };
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
  };
  readonly myChoices: {
    readonly title: string;
    readonly intro: string;
    readonly loading: string;
    readonly categoryHeader: string;
    readonly intranet: string;
    readonly linkedIn: string;
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
  };
  readonly propertyPane: {
    readonly description: string;
    readonly settingsGroup: string;
    readonly titleLabel: string;
    readonly maxItemsLabel: string;
    readonly daysBackLabel: string;
    readonly daysAheadLabel: string;
    readonly areaLabel: string;
    readonly themeLabel: string;
    readonly professionLabel: string;
    readonly allOption: string;
    readonly privacyUrlLabel: string;
    readonly dataSiteGroup: string;
    readonly dataSiteLabel: string;
    readonly dataSiteHint: string;
    readonly dataSiteInvalid: string;
    readonly roleLabel: string;
    readonly roleHr: string;
    readonly roleEditor: string;
    readonly typesGroup: string;
    readonly withoutChoicesLabel: string;
    readonly withoutChoicesConfirmed: string;
    readonly withoutChoicesNothing: string;
  };
  /** For those who may not use a web part that writes: who does it, and how to reach them. */
  readonly access: {
    readonly checking: string;
    /** Indsend navnenyt, to those who may not add to Navnenyt. */
    readonly submitRefused: string;
    /** Godkend navnenyt, to those who may not approve Navnenyt. */
    readonly approveRefused: string;
    /** Before the contact: "Skriv til {0}." */
    readonly writeTo: string;
    readonly contactLink: string;
    /** When no contact is set. */
    readonly noContact: string;
    readonly hrContactLabel: string;
    readonly commsContactLabel: string;
  };
}
