/**
 * The texts of the stories feature's reader (carousel, filters, story page) and of communications' story check, in
 * Danish (first) and English. Typed: the compiler checks both languages have every key.
 */
import type { UiLocale } from '../../../shared/loc/strings';
import type { LixBand } from '../domain/readability';
import type { MissingField } from '../domain/storyCheck';

export interface IStoryTexts {
  readonly carousel: {
    /** `aria-roledescription` of the region (without "karrusel" in its label). */
    readonly roleDescription: string;
    readonly label: string;
    readonly slideRole: string;
    /** "{0} af {1}" */
    readonly slideOf: string;
    readonly stop: string;
    readonly start: string;
    readonly previous: string;
    readonly next: string;
    readonly pickerLabel: string;
    /** "Vis historie {0}: {1}" */
    readonly showSlide: string;
  };
  readonly filters: {
    readonly label: string;
    readonly themes: string;
    readonly areas: string;
    readonly all: string;
    readonly myArea: string;
    /** "Mit område: {0}" */
    readonly myAreaIs: string;
    readonly chooseMyArea: string;
    readonly forgetMyArea: string;
    readonly emptyFiltered: string;
    readonly showAll: string;
    /** "{0} historier vises" */
    readonly count: string;
  };
  readonly latest: string;
  readonly page: {
    readonly loading: string;
    readonly notFound: string;
    readonly back: string;
    /** "Af {0}" */
    readonly byline: string;
    readonly published: string;
    readonly withdrawn: string;
  };
  readonly check: {
    readonly title: string;
    readonly loading: string;
    readonly empty: string;
    readonly intro: string;
    readonly draft: string;
    readonly published: string;
    readonly edit: string;
    readonly ok: string;
    /** "LIX {0} ({1})" */
    readonly lix: string;
    readonly lixTooShort: string;
    /** "Over målet for intranettets tone (højst {0})" */
    readonly lixTooHigh: string;
    readonly longestSentences: string;
    /** "{0} ord" */
    readonly words: string;
    readonly jargon: string;
    readonly missing: string;
    readonly missingField: Readonly<Record<MissingField, string>>;
    /** "{0} billede(r) uden alternativ tekst" */
    readonly imagesWithoutAlt: string;
    readonly consent: string;
    /** "{0} har sagt nej til portrættekst på intranettet" */
    readonly consentPortraitText: string;
    readonly consentPhoto: string;
    readonly needsEditPublished: string;
    readonly bands: Readonly<Record<LixBand, string>>;
    readonly lixWarningLabel: string;
    readonly jargonLabel: string;
    readonly publishedDaysLabel: string;
  };
}

const da: IStoryTexts = {
  carousel: {
    roleDescription: 'karrusel',
    label: 'Udvalgte historier',
    slideRole: 'dias',
    slideOf: '{0} af {1}',
    stop: 'Stop automatisk visning',
    start: 'Start automatisk visning',
    previous: 'Forrige historie',
    next: 'Næste historie',
    pickerLabel: 'Vælg historie',
    showSlide: 'Vis historie {0}: {1}',
  },
  filters: {
    label: 'Filtrér historierne',
    themes: 'Tema',
    areas: 'Område',
    all: 'Alle',
    myArea: 'Mit område',
    myAreaIs: 'Mit område: {0}',
    chooseMyArea: 'Husk som mit område',
    forgetMyArea: 'Glem mit område',
    emptyFiltered: 'Der er ingen historier med det valgte tema og område.',
    showAll: 'Vis alle historier',
    count: '{0} historier vises',
  },
  latest: 'Seneste historier',
  page: {
    loading: 'Henter historien …',
    notFound: 'Historien findes ikke, eller den er ikke udgivet endnu.',
    back: 'Tilbage til forsiden',
    byline: 'Af {0}',
    published: 'Udgivet',
    withdrawn: 'Historien vises ikke lige nu, fordi en medarbejder i den har trukket sit samtykke tilbage.',
  },
  check: {
    title: 'Tjek historier',
    loading: 'Henter historierne …',
    empty: 'Der er ingen kladder eller nye historier at tjekke.',
    intro: 'Kladder og historier udgivet for nylig. Tjek sprog, metadata og samtykke, før historien når forsiden.',
    draft: 'Kladde',
    published: 'Udgivet',
    edit: 'Rediger siden i SharePoint: {0}',
    ok: 'Klar: intet at rette.',
    lix: 'LIX {0} ({1})',
    lixTooShort: 'For kort tekst til at give et meningsfuldt LIX-tal.',
    lixTooHigh: 'Over målet for intranettets tone (højst {0}).',
    longestSentences: 'Længste sætninger',
    words: '{0} ord',
    jargon: 'Fagsprog og forkortelser',
    missing: 'Mangler',
    missingField: { theme: 'tema', area: 'område', bannerAlt: 'alternativ tekst til bannerbilledet' },
    imagesWithoutAlt: 'Billeder uden alternativ tekst på siden: {0}',
    consent: 'Samtykke',
    consentPortraitText: '{0} har sagt nej til portrættekst på intranettet.',
    consentPhoto: '{0} har sagt nej til foto på intranettet, og bannerbilledet viser personen.',
    needsEditPublished: 'Historien er skjult på forsiden og skal rettes.',
    bands: { veryEasy: 'meget let', easy: 'let', medium: 'middel', hard: 'svær', veryHard: 'meget svær' },
    lixWarningLabel: 'Advar ved LIX over',
    jargonLabel: 'Fagsprog og forkortelser at advare om (én pr. linje)',
    publishedDaysLabel: 'Tjek udgivne historier fra de seneste dage',
  },
};

const en: IStoryTexts = {
  carousel: {
    roleDescription: 'carousel',
    label: 'Featured stories',
    slideRole: 'slide',
    slideOf: '{0} of {1}',
    stop: 'Stop automatic slide show',
    start: 'Start automatic slide show',
    previous: 'Previous story',
    next: 'Next story',
    pickerLabel: 'Choose story',
    showSlide: 'Show story {0}: {1}',
  },
  filters: {
    label: 'Filter the stories',
    themes: 'Theme',
    areas: 'Area',
    all: 'All',
    myArea: 'My area',
    myAreaIs: 'My area: {0}',
    chooseMyArea: 'Remember as my area',
    forgetMyArea: 'Forget my area',
    emptyFiltered: 'There are no stories with the chosen theme and area.',
    showAll: 'Show all stories',
    count: '{0} stories shown',
  },
  latest: 'Latest stories',
  page: {
    loading: 'Loading the story …',
    notFound: 'The story does not exist, or it is not published yet.',
    back: 'Back to the front page',
    byline: 'By {0}',
    published: 'Published',
    withdrawn: 'The story is not shown at the moment because a member of staff in it has withdrawn their consent.',
  },
  check: {
    title: 'Check stories',
    loading: 'Loading the stories …',
    empty: 'There are no drafts or new stories to check.',
    intro: 'Drafts and recently published stories. Check language, metadata and consent before a story reaches the front page.',
    draft: 'Draft',
    published: 'Published',
    edit: 'Edit the page in SharePoint: {0}',
    ok: 'Ready: nothing to fix.',
    lix: 'LIX {0} ({1})',
    lixTooShort: 'Too short a text for a meaningful LIX figure.',
    lixTooHigh: "Above the target for the intranet's tone (at most {0}).",
    longestSentences: 'Longest sentences',
    words: '{0} words',
    jargon: 'Jargon and abbreviations',
    missing: 'Missing',
    missingField: { theme: 'theme', area: 'area', bannerAlt: 'alternative text for the banner image' },
    imagesWithoutAlt: 'Images without alternative text on the page: {0}',
    consent: 'Consent',
    consentPortraitText: '{0} has said no to portrait text on the intranet.',
    consentPhoto: '{0} has said no to photo on the intranet, and the banner shows them.',
    needsEditPublished: 'The story is hidden on the front page and needs an edit.',
    bands: { veryEasy: 'very easy', easy: 'easy', medium: 'medium', hard: 'hard', veryHard: 'very hard' },
    lixWarningLabel: 'Warn when LIX is above',
    jargonLabel: 'Jargon and abbreviations to warn about (one per line)',
    publishedDaysLabel: 'Check published stories from the last days',
  },
};

export function storyTexts(locale: UiLocale): IStoryTexts {
  return locale === 'en' ? en : da;
}

/** "{0} af {1}" with its values. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (values[Number(i)] !== undefined ? String(values[Number(i)]) : whole));
}
