/**
 * The texts of communications' story check (Tjek historier), in Danish (first) and English: in the editors' bundle
 * only. Typed: the compiler checks both languages have every key.
 */
import type { UiLocale } from '../../../shared/loc/strings';
import type { LixBand } from '../domain/readability';
import type { MissingField } from '../domain/storyCheck';

export interface IStoryCheckTexts {
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

const da: IStoryCheckTexts = {
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

const en: IStoryCheckTexts = {
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

export function storyCheckTexts(locale: UiLocale): IStoryCheckTexts {
  return locale === 'en' ? en : da;
}
