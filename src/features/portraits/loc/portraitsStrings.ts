/**
 * The texts of Medarbejderportrætter and its settings, in Danish (first) and English.
 * Each is added to the common texts (withCommonStrings); typed, so the compiler checks both languages have every key.
 */
import { withCommonStrings } from '../../../shared/loc/strings';

export interface IPortraitsStrings {
  readonly portraits: {
    readonly title: string;
    readonly loading: string;
    readonly empty: string;
    readonly jobAdvert: string;
    /** Its settings' labels (the property pane and the local page's settings panel). */
    readonly propertyPane: {
      readonly professionLabel: string;
    };
  };
}

const da: IPortraitsStrings = {
  portraits: {
    title: 'Medarbejderportrætter',
    loading: 'Henter medarbejderportrætter …',
    empty: 'Der er ingen portrætter at vise endnu.',
    jobAdvert: 'Se ledige stillinger som {0}',
    propertyPane: {
      professionLabel: 'Fag',
    },
  },
};

const en: IPortraitsStrings = {
  portraits: {
    title: 'Staff portraits',
    loading: 'Loading staff portraits …',
    empty: 'There are no portraits to show yet.',
    jobAdvert: 'See vacancies as {0}',
    propertyPane: {
      professionLabel: 'Profession',
    },
  },
};

/** The common texts and Medarbejderportrætter's, in the common texts' language. */
export const portraitsStrings = withCommonStrings({ da, en });
