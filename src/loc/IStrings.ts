/** The shape of every interface text; `da.ts` and `en.ts` must both fill it. */
import type { DataErrorKind } from '../data/errors';

export type UiLocale = 'da' | 'en';

export interface IStrings {
  readonly locale: UiLocale;
  readonly common: {
    readonly loading: string;
    readonly retry: string;
    readonly errors: Readonly<Record<DataErrorKind, string>>;
    readonly errorHeading: string;
  };
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
  };
  readonly stories: {
    readonly title: string;
    readonly loading: string;
    readonly empty: string;
    readonly readMore: string;
    readonly featured: string;
    readonly themeLabel: string;
    readonly allThemes: string;
  };
  readonly portraits: {
    readonly title: string;
    readonly loading: string;
    readonly empty: string;
    readonly jobAdvert: string;
    readonly photoOf: string;
  };
  readonly propertyPane: {
    readonly description: string;
    readonly settingsGroup: string;
    readonly titleLabel: string;
    readonly maxItemsLabel: string;
    readonly daysBackLabel: string;
    readonly daysAheadLabel: string;
    readonly areaLabel: string;
    readonly themeLabel: string;
    readonly professionLabel: string;
    readonly allOption: string;
    readonly typesGroup: string;
  };
}
