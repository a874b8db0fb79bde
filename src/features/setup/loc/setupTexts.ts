/**
 * The texts of Opsætning af Medarbejdernyt (the site owner's one-time set-up), in Danish (first) and English, added to
 * the common texts. Typed: the compiler checks both languages have every key. In the editors' bundle only.
 */
import { withCommonStrings } from '../../../shared/loc/strings';
import type { IListSettings } from '../domain/plan';
import type { IStepReport } from '../domain/run';
import type { StepKind } from '../domain/steps';

export type SetupOutcomeText = IStepReport['outcome'] | 'missing';

export interface ISetupTexts {
  readonly setup: {
    readonly title: string;
    readonly intro: string;
    readonly loading: string;
    /** For those who are not the site's owners. */
    readonly refusal: string;
    readonly check: string;
    readonly checking: string;
    readonly run: string;
    /** "Opretter … ({0} af {1})" */
    readonly running: string;
    /** "{0} af {1} findes allerede." */
    readonly checkSummary: string;
    readonly nothingMissing: string;
    /** "{0} mangler." */
    readonly missingCount: string;
    /** "Færdig: {0} oprettet, {1} ændret, {2} fandtes i forvejen." */
    readonly done: string;
    /** "Opsætningen stoppede ved: {0}. {1} oprettet eller ændret indtil da." */
    readonly stopped: string;
    readonly resume: string;
    readonly afterwards: string;
    readonly groups: Readonly<Record<StepKind, string>>;
    readonly outcomes: Readonly<Record<SetupOutcomeText, string>>;
    /** Per step, with {0}, {1}: the things it names. */
    readonly steps: Readonly<Record<StepKind, string>>;
    readonly settings: Readonly<Record<keyof IListSettings, string>>;
    readonly pagesLibrary: string;
    readonly detailsOf: string;
    /** Names of the site's own groups and of SharePoint's built-in permission levels (by RoleType). */
    readonly siteGroups: Readonly<Record<'owners' | 'members' | 'visitors', string>>;
    readonly roleTypes: Readonly<Record<2 | 3 | 4 | 5 | 6, string>>;
    /** "Gruppen »{0}« findes ikke på webstedet. Opret den med sine medlemmer, og kør opsætningen igen." */
    readonly missingGroup: string;
    readonly missingRole: string;
    readonly what: string;
  };
}

const da: ISetupTexts = {
  setup: {
    title: 'Opsætning af Medarbejdernyt',
    intro:
      'Opretter Medarbejdernyts lister, kolonner, indholdstyper og indekser på dette websted, præcis som app-pakken definerer dem, og giver listerne deres egne rettigheder (HR, Kommunikation, webstedets ejere og besøgende). Det, der allerede findes, bliver ikke ændret. Opsætningen kan køres igen når som helst: stopper den undervejs, fortsætter den næste kørsel, hvor den slap.',
    loading: 'Undersøger dine rettigheder på webstedet …',
    refusal: 'Kun webstedets ejere kan oprette Medarbejdernyts lister. Bed en ejer af webstedet om at køre opsætningen – du behøver ikke gøre noget.',
    check: 'Kontrollér webstedet',
    checking: 'Kontrollerer webstedet …',
    run: 'Opret det, der mangler',
    running: 'Opretter … ({0} af {1})',
    checkSummary: '{0} af {1} findes allerede.',
    nothingMissing: 'Alt er på plads: der er intet at oprette.',
    missingCount: '{0} mangler.',
    done: 'Færdig: {0} oprettet, {1} ændret, {2} fandtes i forvejen.',
    stopped: 'Opsætningen stoppede ved: {0}. {1} oprettet eller ændret indtil da.',
    resume: 'Kør opsætningen igen for at fortsætte, hvor den slap.',
    afterwards: 'Bagefter: sørg for, at grupperne HR og Kommunikation har de rette medlemmer (se vejledningen i README under »Deploy to SharePoint Online«).',
    groups: {
      siteColumn: 'Webstedskolonner',
      contentType: 'Indholdstyper',
      contentTypeColumn: 'Kolonner i indholdstyper',
      list: 'Lister',
      listColumn: 'Kolonner på listerne',
      listContentType: 'Indholdstyper på listerne',
      index: 'Indekserede kolonner',
      listSettings: 'Listeindstillinger',
      pagesContentType: 'Webstedssider',
      listPermissions: 'Rettigheder på listerne',
    },
    outcomes: { created: 'Oprettet', updated: 'Ændret', existed: 'Fandtes', failed: 'Fejlede', notRun: 'Ikke nået', missing: 'Mangler' },
    steps: {
      siteColumn: 'Kolonnen »{0}« ({1})',
      contentType: 'Indholdstypen »{0}«',
      contentTypeColumn: '{1} i indholdstypen »{0}«',
      list: 'Listen »{0}« ({1})',
      listColumn: '{1} på listen »{0}«',
      listContentType: 'Indholdstypen »{1}« på listen »{0}«',
      index: 'Indeks på {1} i listen »{0}«',
      listSettings: 'Indstillinger for listen »{0}«: {1}',
      pagesContentType: 'Indholdstypen »{0}« på Webstedssider',
      listPermissions: 'Egne rettigheder på »{0}«: {1}',
    },
    settings: {
      Title: 'navn',
      EnableVersioning: 'versionshistorik',
      EnableModeration: 'godkendelse',
      DraftVersionVisibility: 'hvem ser kladder',
      ReadSecurity: 'læseadgang til elementer',
      WriteSecurity: 'redigering af egne elementer',
      ValidationFormula: 'validering',
      ValidationMessage: 'valideringstekst',
    },
    pagesLibrary: 'Webstedssider',
    detailsOf: 'Vis de enkelte: {0}',
    siteGroups: { owners: 'webstedets ejere', members: 'webstedets medlemmer', visitors: 'webstedets besøgende' },
    roleTypes: { 2: 'Læs', 3: 'Bidrag', 4: 'Design', 5: 'Fuld kontrol', 6: 'Rediger' },
    missingGroup: 'Gruppen »{0}« findes ikke på webstedet. Opret den og giv den sine medlemmer (se vejledningen), og kør opsætningen igen.',
    missingRole: 'Tilladelsesniveauet »{0}« findes ikke på webstedet. Opret det (se vejledningen), og kør opsætningen igen.',
    what: 'Hvad',
  },
};

const en: ISetupTexts = {
  setup: {
    title: 'Medarbejdernyt set-up',
    intro:
      "Creates Medarbejdernyt's lists, columns, content types and indexes on this site, exactly as the app package defines them, and gives the lists their own permissions (HR, Kommunikation, the site's owners and visitors). What already exists is left unchanged. The set-up can be run again at any time: if it stops halfway, the next run continues where it left off.",
    loading: 'Checking your permissions on the site …',
    refusal: "Only the site's owners can create Medarbejdernyt's lists. Ask an owner of the site to run the set-up – there is nothing you need to do.",
    check: 'Check the site',
    checking: 'Checking the site …',
    run: 'Create what is missing',
    running: 'Creating … ({0} of {1})',
    checkSummary: '{0} of {1} already exist.',
    nothingMissing: 'Everything is in place: there is nothing to create.',
    missingCount: '{0} missing.',
    done: 'Done: {0} created, {1} changed, {2} existed already.',
    stopped: 'The set-up stopped at: {0}. {1} created or changed until then.',
    resume: 'Run the set-up again to continue where it left off.',
    afterwards: 'Afterwards: make sure the groups HR and Kommunikation have the right members (see the README, "Deploy to SharePoint Online").',
    groups: {
      siteColumn: 'Site columns',
      contentType: 'Content types',
      contentTypeColumn: 'Columns of content types',
      list: 'Lists',
      listColumn: 'Columns of the lists',
      listContentType: 'Content types of the lists',
      index: 'Indexed columns',
      listSettings: 'List settings',
      pagesContentType: 'Site Pages',
      listPermissions: 'Permissions of the lists',
    },
    outcomes: { created: 'Created', updated: 'Changed', existed: 'Existed', failed: 'Failed', notRun: 'Not reached', missing: 'Missing' },
    steps: {
      siteColumn: 'Column "{0}" ({1})',
      contentType: 'Content type "{0}"',
      contentTypeColumn: '{1} in content type "{0}"',
      list: 'List "{0}" ({1})',
      listColumn: '{1} on list "{0}"',
      listContentType: 'Content type "{1}" on list "{0}"',
      index: 'Index on {1} in list "{0}"',
      listSettings: 'Settings of list "{0}": {1}',
      pagesContentType: 'Content type "{0}" on Site Pages',
      listPermissions: 'Own permissions on "{0}": {1}',
    },
    settings: {
      Title: 'name',
      EnableVersioning: 'version history',
      EnableModeration: 'content approval',
      DraftVersionVisibility: 'who sees drafts',
      ReadSecurity: 'read access to items',
      WriteSecurity: 'editing own items',
      ValidationFormula: 'validation',
      ValidationMessage: 'validation message',
    },
    pagesLibrary: 'Site Pages',
    detailsOf: 'Show each: {0}',
    siteGroups: { owners: "the site's owners", members: "the site's members", visitors: "the site's visitors" },
    roleTypes: { 2: 'Read', 3: 'Contribute', 4: 'Design', 5: 'Full Control', 6: 'Edit' },
    missingGroup: 'The group "{0}" does not exist on the site. Create it with its members (see the guide), and run the set-up again.',
    missingRole: 'The permission level "{0}" does not exist on the site. Create it (see the guide), and run the set-up again.',
    what: 'What',
  },
};

/** The common texts and the set-up's, in the common texts' language. */
export const setupStrings = withCommonStrings({ da, en });

export type SetupStrings = ReturnType<typeof setupStrings>;
