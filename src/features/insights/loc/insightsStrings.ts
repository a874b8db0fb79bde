/**
 * The texts of Indblik and its settings, in Danish (first) and English. Added to the common texts (withCommonStrings);
 * typed, so the compiler checks both languages have every key. `{0}`, `{1}` … are filled by the components.
 */
import { withCommonStrings } from '../../../shared/loc/strings';
import type { NavnenytType } from '../../navnenyt';
import type { PortraitChannel, ShareStatus } from '../../portraits';
import type { ConsentCategory, ConsentChannel } from '../../privacy';

export interface IInsightsTexts {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly refused: string;
  readonly period: { readonly legend: string; readonly from: string; readonly to: string; readonly show: string; readonly invalid: string; readonly showing: string };
  readonly download: string;
  readonly fileName: string;
  readonly showTable: string;
  readonly hideTable: string;
  readonly under5: string;
  readonly yes: string;
  readonly no: string;
  readonly months: readonly string[];
  readonly stories: {
    readonly heading: string;
    readonly byTheme: string;
    readonly byThemeSummary: string;
    readonly belowTarget: string;
    readonly allTargetsMet: string;
    readonly themeColumns: readonly [string, string, string];
    readonly ofTarget: string;
    readonly byArea: string;
    readonly byTown: string;
    readonly namesSummary: string;
    readonly never: string;
    readonly allAppear: string;
    readonly neverMark: string;
    readonly areaColumns: readonly [string, string];
    readonly townColumns: readonly [string, string];
  };
  readonly nameNews: {
    readonly heading: string;
    readonly byMonth: string;
    readonly byMonthSummary: string;
    readonly monthColumn: string;
    readonly totalColumn: string;
    readonly types: Readonly<Record<NavnenytType, string>>;
    readonly approval: string;
    readonly approvalSummary: string;
    readonly noApprovals: string;
    readonly waiting: string;
    readonly approvalColumns: readonly [string, string];
    readonly approvalRows: { readonly count: string; readonly median: string; readonly slowest: string; readonly pending: string; readonly rejected: string };
    readonly approvalNote: string;
    readonly hours: string;
    readonly days: string;
  };
  readonly portraits: {
    readonly heading: string;
    readonly note: string;
    readonly byProfession: string;
    readonly byProfessionSummary: string;
    readonly priority: string;
    readonly professionColumns: readonly [string, string, string];
    readonly funnel: string;
    readonly funnelSummary: string;
    readonly funnelColumns: readonly [string, string];
    readonly channels: Readonly<Record<PortraitChannel, string>>;
    readonly statuses: Readonly<Record<ShareStatus, string>>;
  };
  readonly consent: {
    readonly heading: string;
    readonly rule: string;
    readonly saved: string;
    readonly savedSummary: string;
    readonly employeesFromSetting: string;
    readonly employeesFromSite: string;
    readonly savedColumns: readonly [string, string];
    readonly employeesRow: string;
    readonly byChannel: string;
    readonly byChannelSummary: string;
    readonly consentColumns: readonly [string, string];
    readonly channels: Readonly<Record<ConsentChannel, string>>;
    readonly categories: Readonly<Record<ConsentCategory, string>>;
  };
  readonly pageViews: { readonly heading: string; readonly text: string };
  readonly propertyPane: { readonly targets: string; readonly areas: string; readonly towns: string; readonly employees: string };
}

export interface IInsightsStrings {
  readonly insights: IInsightsTexts;
}

const da: IInsightsStrings = {
  insights: {
    title: 'Indblik',
    intro: 'Følger indholdet strategien? Historier, navnenyt, portrætter og samtykke i den periode, du vælger.',
    loading: 'Henter tallene til Indblik …',
    refused: 'Indblik er for kommunikation: det viser, om indholdet følger strategien. Spørg kommunikation, hvis du har brug for tallene.',
    period: {
      legend: 'Periode',
      from: 'Fra',
      to: 'Til',
      show: 'Vis perioden',
      invalid: 'Vælg to datoer, hvor fra-datoen ikke ligger efter til-datoen.',
      showing: 'Tallene gælder {0} til {1}.',
    },
    download: 'Hent alle tal som CSV (Excel)',
    fileName: 'indblik-{0}-{1}.csv',
    showTable: 'Vis tabellen',
    hideTable: 'Skjul tabellen',
    under5: 'under 5',
    yes: 'Ja',
    no: 'Nej',
    months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    stories: {
      heading: 'Medarbejderhistorier',
      byTheme: 'Historier pr. tema mod målet',
      byThemeSummary: '{0} historier udgivet i perioden. {1}',
      belowTarget: 'Under målet: {0}.',
      allTargetsMet: 'Alle temaer med et mål har nået det.',
      themeColumns: ['Tema', 'Historier', 'Mål for perioden'],
      ofTarget: '{0} af {1}',
      byArea: 'Historier pr. område',
      byTown: 'Historier pr. by',
      namesSummary: '{0} af {1} har mindst én historie. {2}',
      never: 'Aldrig med: {0}.',
      allAppear: 'Alle er med.',
      neverMark: 'aldrig med',
      areaColumns: ['Område', 'Historier'],
      townColumns: ['By', 'Historier'],
    },
    nameNews: {
      heading: 'Navnenyt',
      byMonth: 'Offentliggjorte navnenyt pr. måned og type',
      byMonthSummary: '{0} navnenyt offentliggjort med begivenhed i perioden. Flest i {1}: {2}.',
      monthColumn: 'Måned',
      totalColumn: 'I alt',
      types: { birthday: 'Fødselsdag', jubilee: 'Jubilæum', newColleague: 'Ny medarbejder', retirement: 'Pension', farewell: 'Fratrædelse', memorial: 'Mindeord' },
      approval: 'Fra HR’s indsendelse til godkendelse',
      approvalSummary: 'Medianen er {0}, den langsomste tog {1} ({2} godkendte indsendelser).',
      noApprovals: 'Ingen indsendelser fra HR er godkendt i perioden.',
      waiting: 'Af navnenyt med begivenhed i perioden venter {0} på godkendelse, og {1} er afvist.',
      approvalColumns: ['Mål', 'Værdi'],
      approvalRows: { count: 'Godkendte indsendelser', median: 'Median (timer)', slowest: 'Langsomst (timer)', pending: 'Venter på godkendelse', rejected: 'Afvist' },
      approvalNote: 'Godkendelsestiden er tiden fra oprettelse til seneste ændring af et godkendt navnenyt.',
      hours: '{0} timer',
      days: '{0} dage',
    },
    portraits: {
      heading: 'Medarbejderportrætter',
      note: 'Alle portrætter på listen, uanset periode.',
      byProfession: 'Portrætter pr. fag',
      byProfessionSummary: '{0} portrætter i alt, {1} af dem fra de fire prioriterede fag. Uden portræt: {2}.',
      priority: 'prioriteret fag',
      professionColumns: ['Fag', 'Portrætter', 'Prioriteret fag'],
      funnel: 'Deling på {0}',
      funnelSummary: 'På {0}: {1}.',
      funnelColumns: ['Status', 'Portrætter'],
      channels: { linkedIn: 'LinkedIn', facebook: 'Facebook' },
      statuses: { notShared: 'Ikke delt', readyToShare: 'Klar til deling', shared: 'Delt', toRemove: 'Skal fjernes', removed: 'Fjernet' },
    },
    consent: {
      heading: 'Samtykke',
      rule: 'Kun samlede tal, og intet tal om færre end 5 personer: er der 1 til 4 personer på ja- eller nej-siden, står der »under 5«.',
      saved: 'Medarbejdere med gemte valg',
      savedSummary: '{0} af medarbejderne har gemt deres valg.',
      employeesFromSetting: 'Antal medarbejdere: {0} (fra indstillingen).',
      employeesFromSite: 'Antal medarbejdere: {0} (personerne på webstedet).',
      savedColumns: ['Mål', 'Værdi'],
      employeesRow: 'Antal medarbejdere',
      byChannel: 'Andel ja pr. kategori: {0}',
      byChannelSummary: 'Andel ja blandt dem, der har gemt deres valg, på {0}: {1}.',
      consentColumns: ['Kategori', 'Andel ja (%)'],
      channels: { intranet: 'intranettet', linkedIn: 'LinkedIn', facebook: 'Facebook' },
      categories: { birthday: 'Fødselsdag', age: 'Alder', jubilee: 'Jubilæum', newColleague: 'Ny medarbejder', retirement: 'Pension', photo: 'Foto', portraitText: 'Portrættekst' },
    },
    pageViews: {
      heading: 'Sidevisninger',
      text: 'Indblik viser ingen sidevisninger: den lokale SharePoint registrerer ingen, og Indblik finder ikke på tal. I SharePoint Online ser du en histories visninger under Sideoplysninger og webstedets brugsanalyse.',
    },
    propertyPane: {
      targets: 'Mål for historier pr. tema pr. år (Tema: antal; …)',
      areas: 'Kommunens områder (adskilt af semikolon)',
      towns: 'Kommunens byer (adskilt af semikolon)',
      employees: 'Antal medarbejdere (0: personerne på webstedet)',
    },
  },
};

const en: IInsightsStrings = {
  insights: {
    title: 'Insight',
    intro: 'Does the content follow the strategy? Stories, name news, portraits and consent in the period you choose.',
    loading: 'Loading the figures for Insight …',
    refused: 'Insight is for communications: it shows whether the content follows the strategy. Ask communications if you need the figures.',
    period: {
      legend: 'Period',
      from: 'From',
      to: 'To',
      show: 'Show the period',
      invalid: 'Choose two dates where the first is not after the second.',
      showing: 'The figures cover {0} to {1}.',
    },
    download: 'Download all figures as CSV (Excel)',
    fileName: 'insight-{0}-{1}.csv',
    showTable: 'Show the table',
    hideTable: 'Hide the table',
    under5: 'under 5',
    yes: 'Yes',
    no: 'No',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    stories: {
      heading: 'Staff stories',
      byTheme: 'Stories per theme against the target',
      byThemeSummary: '{0} stories published in the period. {1}',
      belowTarget: 'Below the target: {0}.',
      allTargetsMet: 'Every theme with a target has reached it.',
      themeColumns: ['Theme', 'Stories', 'Target for the period'],
      ofTarget: '{0} of {1}',
      byArea: 'Stories per area',
      byTown: 'Stories per town',
      namesSummary: '{0} of {1} have at least one story. {2}',
      never: 'Never included: {0}.',
      allAppear: 'All are included.',
      neverMark: 'never included',
      areaColumns: ['Area', 'Stories'],
      townColumns: ['Town', 'Stories'],
    },
    nameNews: {
      heading: 'Name news',
      byMonth: 'Published name news per month and type',
      byMonthSummary: '{0} name news published with an event in the period. Most in {1}: {2}.',
      monthColumn: 'Month',
      totalColumn: 'Total',
      types: { birthday: 'Birthday', jubilee: 'Jubilee', newColleague: 'New colleague', retirement: 'Retirement', farewell: 'Farewell', memorial: 'Memorial' },
      approval: 'From HR’s submission to approval',
      approvalSummary: 'The median is {0}, the slowest took {1} ({2} approved submissions).',
      noApprovals: 'No submissions from HR were approved in the period.',
      waiting: 'Of the name news with an event in the period, {0} wait for approval and {1} were rejected.',
      approvalColumns: ['Measure', 'Value'],
      approvalRows: { count: 'Approved submissions', median: 'Median (hours)', slowest: 'Slowest (hours)', pending: 'Waiting for approval', rejected: 'Rejected' },
      approvalNote: 'The approval time is the time from creation to the last change of an approved item.',
      hours: '{0} hours',
      days: '{0} days',
    },
    portraits: {
      heading: 'Staff portraits',
      note: 'Every portrait in the list, whatever the period.',
      byProfession: 'Portraits per profession',
      byProfessionSummary: '{0} portraits in all, {1} of them from the four priority professions. Without a portrait: {2}.',
      priority: 'priority profession',
      professionColumns: ['Profession', 'Portraits', 'Priority profession'],
      funnel: 'Sharing on {0}',
      funnelSummary: 'On {0}: {1}.',
      funnelColumns: ['Status', 'Portraits'],
      channels: { linkedIn: 'LinkedIn', facebook: 'Facebook' },
      statuses: { notShared: 'Not shared', readyToShare: 'Ready to share', shared: 'Shared', toRemove: 'To be removed', removed: 'Removed' },
    },
    consent: {
      heading: 'Consent',
      rule: 'Aggregates only, and no figure about fewer than 5 people: where 1 to 4 people are on the yes or the no side, it says “under 5”.',
      saved: 'Employees with saved choices',
      savedSummary: '{0} of the employees have saved their choices.',
      employeesFromSetting: 'Number of employees: {0} (from the setting).',
      employeesFromSite: 'Number of employees: {0} (the people of the site).',
      savedColumns: ['Measure', 'Value'],
      employeesRow: 'Number of employees',
      byChannel: 'Share of yes per category: {0}',
      byChannelSummary: 'Share of yes among those with saved choices, on {0}: {1}.',
      consentColumns: ['Category', 'Share of yes (%)'],
      channels: { intranet: 'the intranet', linkedIn: 'LinkedIn', facebook: 'Facebook' },
      categories: { birthday: 'Birthday', age: 'Age', jubilee: 'Jubilee', newColleague: 'New colleague', retirement: 'Retirement', photo: 'Photo', portraitText: 'Portrait text' },
    },
    pageViews: {
      heading: 'Page views',
      text: 'Insight shows no page views: the local SharePoint records none, and Insight invents no figures. In SharePoint Online a story’s views are under Page details and the site’s usage analytics.',
    },
    propertyPane: {
      targets: 'Story targets per theme per year (Theme: number; …)',
      areas: 'The municipality’s areas (separated by semicolons)',
      towns: 'The municipality’s towns (separated by semicolons)',
      employees: 'Number of employees (0: the people of the site)',
    },
  },
};

/** The common texts and Indblik's, in the common texts' language. */
export const insightsStrings = withCommonStrings({ da, en });
