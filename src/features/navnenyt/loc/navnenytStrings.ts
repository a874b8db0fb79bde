/**
 * The texts of Navnenyt (the reader on the front page) and its settings, in Danish (first) and English. Indsend and
 * Godkend navnenyt have their own modules (submitStrings, approveStrings), so the readers' bundle carries none of them.
 * Each is added to the common texts (withCommonStrings); typed, so the compiler checks both languages have every key.
 */
import { withCommonStrings } from '../../../shared/loc/strings';

export interface INavnenytStrings {
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
    /** Its settings' labels (the property pane and the local page's settings panel). */
    readonly propertyPane: {
      readonly daysBackLabel: string;
      readonly daysAheadLabel: string;
      readonly typesGroup: string;
      readonly withoutChoicesLabel: string;
      readonly withoutChoicesConfirmed: string;
      readonly withoutChoicesNothing: string;
    };
  };
}

const da: INavnenytStrings = {
  navnenyt: {
    title: 'Navnenyt',
    loading: 'Henter navnenyt …',
    empty: 'Der er ingen navnenyt lige nu.',
    filterLabel: 'Vis navnenyt fra',
    filterAll: 'Hele kommunen',
    filterMyArea: 'Mit område',
    congratulate: 'Sig tillykke til {0} i Teams',
    congratulateEmail: 'Send en hilsen til {0} på e-mail',
    areaSaved: 'Dit valg af område huskes på denne enhed.',
    photoAlt: 'Foto af {0}',
    listLabel: '{0}: {1} navnenyt',
    propertyPane: {
      daysBackLabel: 'Dage bagud',
      daysAheadLabel: 'Dage frem',
      typesGroup: 'Vis disse begivenheder',
      withoutChoicesLabel: 'Medarbejdere uden privatlivsvalg',
      withoutChoicesConfirmed: 'Vis det, HR har bekræftet (uden alder og foto)',
      withoutChoicesNothing: 'Vis intet, før de selv har sagt ja',
    },
  },
};

const en: INavnenytStrings = {
  navnenyt: {
    title: 'Name news',
    loading: 'Loading name news …',
    empty: 'There is no name news right now.',
    filterLabel: 'Show name news from',
    filterAll: 'The whole municipality',
    filterMyArea: 'My area',
    congratulate: 'Congratulate {0} in Teams',
    congratulateEmail: 'Send {0} a greeting by e-mail',
    areaSaved: 'Your choice of area is remembered on this device.',
    photoAlt: 'Photo of {0}',
    listLabel: '{0}: {1} entries',
    propertyPane: {
      daysBackLabel: 'Days back',
      daysAheadLabel: 'Days ahead',
      typesGroup: 'Show these events',
      withoutChoicesLabel: 'Employees without privacy choices',
      withoutChoicesConfirmed: 'Show what HR confirmed (no age, no photo)',
      withoutChoicesNothing: 'Show nothing until they said yes themselves',
    },
  },
};

/** The common texts and Navnenyt's, in the common texts' language. */
export const navnenytStrings = withCommonStrings({ da, en });
