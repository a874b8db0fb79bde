/**
 * The texts of the stories feature's reader (carousel, filters, story page), in Danish (first) and English; the story
 * check's are in storyCheckTexts.ts, so the front page does not carry them. Typed: both languages have every key.
 */
import type { UiLocale } from '../../../shared/loc/strings';

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
};

export function storyTexts(locale: UiLocale): IStoryTexts {
  return locale === 'en' ? en : da;
}
