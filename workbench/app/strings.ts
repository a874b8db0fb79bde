/** Texts of the workbench page itself (the web parts bring their own: src/shared/loc and their feature's loc/). */
import type { UiLocale } from '../../src/shared/loc/strings';

export interface IPageStrings {
  readonly skipLink: string;
  readonly suiteName: string;
  readonly siteTitle: string;
  readonly siteSubtitle: string;
  readonly navLabel: string;
  readonly pageTitle: string;
  readonly roleLabel: string;
  readonly signedInAs: string;
  readonly notSignedIn: string;
  readonly signingIn: string;
  readonly signInFailed: string;
  readonly switchUser: string;
  readonly editToggle: string;
  readonly editOn: string;
  readonly editOff: string;
  readonly editHint: string;
  readonly settingsOf: string;
  readonly resetSettings: string;
  readonly settingsSaved: string;
  readonly asOf: string;
  readonly fixedDateNote: string;
  readonly webPartFailed: string;
  readonly footer: string;
  readonly roles: Readonly<Record<string, string>>;
  /** The Teams view (`?host=teams`): the personal app's name, its tab, and what the local Teams does with a chat. */
  readonly teams: { readonly appName: string; readonly tab: string; readonly tabsLabel: string; readonly chatOpened: string; readonly note: string };
}

const da: IPageStrings = {
  skipLink: 'Gå til hovedindhold',
  suiteName: 'Norddjurs Kommune',
  siteTitle: 'Norddjurs Intranet',
  siteSubtitle: 'Nyt fra kolleger i hele kommunen',
  navLabel: 'Intranettets navigation',
  pageTitle: 'Forside',
  roleLabel: 'Vis siden som',
  signedInAs: 'Logget ind som',
  notSignedIn: 'Ikke logget ind',
  signingIn: 'Logger ind …',
  signInFailed: 'Kunne ikke logge ind som den valgte bruger.',
  switchUser: 'Skift bruger',
  editToggle: 'Rediger',
  editOn: 'Til',
  editOff: 'Fra',
  editHint: 'Redigeringstilstand: indstillingerne gemmes i denne browser.',
  settingsOf: 'Indstillinger for {0}',
  resetSettings: 'Nulstil indstillinger',
  settingsSaved: 'Indstillingerne er gemt.',
  asOf: 'Siden vises pr. {0}',
  fixedDateNote: 'fast dato fra adressen',
  webPartFailed: 'Webdelen kunne ikke vises.',
  footer: 'Lokal udgave af intranettets forside med Medarbejdernyt. Data er genererede demodata.',
  roles: {
    'site owner': 'Webstedsejer',
    'HR officer': 'HR-medarbejder',
    'communications officer': 'Kommunikationsmedarbejder',
    employee: 'Medarbejder',
  },
  teams: {
    appName: 'Medarbejdernyt',
    tab: 'Nyt fra kolleger',
    tabsLabel: 'Faner i Medarbejdernyt',
    chatOpened: 'Teams åbner en chat med {0} med beskeden: "{1}"',
    note: 'Lokal Teams-visning: sådan ser Medarbejdernyt ud som personlig app i Teams, på telefonen og på computeren.',
  },
};

const en: IPageStrings = {
  skipLink: 'Skip to main content',
  suiteName: 'Norddjurs Municipality',
  siteTitle: 'Norddjurs Intranet',
  siteSubtitle: 'News from colleagues across the municipality',
  navLabel: 'Intranet navigation',
  pageTitle: 'Home',
  roleLabel: 'View the page as',
  signedInAs: 'Signed in as',
  notSignedIn: 'Not signed in',
  signingIn: 'Signing in …',
  signInFailed: 'Could not sign in as the selected user.',
  switchUser: 'Switch user',
  editToggle: 'Edit',
  editOn: 'On',
  editOff: 'Off',
  editHint: 'Edit mode: settings are saved in this browser.',
  settingsOf: 'Settings for {0}',
  resetSettings: 'Reset settings',
  settingsSaved: 'The settings are saved.',
  asOf: 'The page is shown as of {0}',
  fixedDateNote: 'fixed date from the address',
  webPartFailed: 'The web part could not be shown.',
  footer: 'Local edition of the intranet front page with Medarbejdernyt. The data is generated demo data.',
  roles: {
    'site owner': 'Site owner',
    'HR officer': 'HR officer',
    'communications officer': 'Communications officer',
    employee: 'Employee',
  },
  teams: {
    appName: 'Medarbejdernyt',
    tab: 'News from colleagues',
    tabsLabel: 'Tabs in Medarbejdernyt',
    chatOpened: 'Teams opens a chat with {0} with the message: "{1}"',
    note: 'Local Teams view: Medarbejdernyt as a personal app in Teams, on the phone and on the desktop.',
  },
};

export function getPageStrings(locale: UiLocale): IPageStrings {
  return locale === 'en' ? en : da;
}
