/**
 * The texts every web part uses, whatever its feature: `da.ts` and `en.ts` must both fill it. Each feature's loc/ adds
 * its own (`withCommonStrings` in strings.ts).
 */
import type { DataErrorKind } from '../data/errors';

export type UiLocale = 'da' | 'en';

export interface ICommonStrings {
  readonly locale: UiLocale;
  readonly common: {
    readonly loading: string;
    readonly retry: string;
    readonly errors: Readonly<Record<DataErrorKind, string>>;
    readonly errorHeading: string;
  };
  /** The property pane's frame and the settings every feature shares (title, number of items, area, data site). */
  readonly propertyPane: {
    readonly description: string;
    readonly settingsGroup: string;
    readonly titleLabel: string;
    readonly maxItemsLabel: string;
    readonly areaLabel: string;
    readonly allOption: string;
    readonly dataSiteGroup: string;
    readonly dataSiteLabel: string;
    readonly dataSiteHint: string;
    readonly dataSiteInvalid: string;
  };
  /** For those who may not use a web part that writes: who does it, and how to reach them. */
  readonly access: {
    readonly checking: string;
    /** Indsend navnenyt, to those who may not add to Navnenyt. */
    readonly submitRefused: string;
    /** Godkend navnenyt, to those who may not approve Navnenyt. */
    readonly approveRefused: string;
    /** Before the contact: "Skriv til {0}." */
    readonly writeTo: string;
    readonly contactLink: string;
    /** When no contact is set. */
    readonly noContact: string;
    readonly hrContactLabel: string;
    readonly commsContactLabel: string;
  };
}
