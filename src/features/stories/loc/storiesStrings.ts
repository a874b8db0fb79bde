/**
 * The texts of Medarbejderhistorier (the reader on the front page) and its settings, in Danish (first) and English.
 * The stories feature's other texts (carousel, filters, story page, Tjek historier) are in storyTexts.ts.
 * Each is added to the common texts (withCommonStrings); typed, so the compiler checks both languages have every key.
 */
import { withCommonStrings } from '../../../shared/loc/strings';

export interface IStoriesStrings {
  readonly stories: {
    readonly title: string;
    readonly loading: string;
    readonly empty: string;
    readonly readMore: string;
    readonly readLess: string;
    readonly featured: string;
    readonly themeLabel: string;
    readonly allThemes: string;
    /** Its settings' labels (the property pane and the local page's settings panel). */
    readonly propertyPane: {
      readonly themeLabel: string;
    };
  };
}

const da: IStoriesStrings = {
  stories: {
    title: 'Medarbejderhistorier',
    loading: 'Henter medarbejderhistorier …',
    empty: 'Der er ingen historier at vise endnu.',
    readMore: 'Læs historien: {0}',
    readLess: 'Skjul historien: {0}',
    featured: 'Fremhævet',
    themeLabel: 'Tema',
    allThemes: 'Alle temaer',
    propertyPane: {
      themeLabel: 'Tema',
    },
  },
};

const en: IStoriesStrings = {
  stories: {
    title: 'Staff stories',
    loading: 'Loading staff stories …',
    empty: 'There are no stories to show yet.',
    readMore: 'Read the story: {0}',
    readLess: 'Hide the story: {0}',
    featured: 'Featured',
    themeLabel: 'Theme',
    allThemes: 'All themes',
    propertyPane: {
      themeLabel: 'Theme',
    },
  },
};

/** The common texts and Medarbejderhistorier's, in the common texts' language. */
export const storiesStrings = withCommonStrings({ da, en });
