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
    /** The employee's own share of the job advert on LinkedIn; {0} is the person portrayed. */
    readonly shareOnLinkedIn: string;
    readonly shareOnLinkedInLabel: string;
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
    shareOnLinkedIn: 'Del på LinkedIn',
    shareOnLinkedInLabel: 'Del på LinkedIn: jobopslaget fra portrættet af {0} (åbner i et nyt vindue)',
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
    shareOnLinkedIn: 'Share on LinkedIn',
    shareOnLinkedInLabel: 'Share on LinkedIn: the job advert from the portrait of {0} (opens in a new window)',
    propertyPane: {
      professionLabel: 'Profession',
    },
  },
};

/** The common texts and Medarbejderportrætter's, in the common texts' language. */
export const portraitsStrings = withCommonStrings({ da, en });
