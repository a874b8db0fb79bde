/**
 * Every text of the interface, in Danish (first language) and English. One typed module shared by the SPFx web
 * parts, the local workbench and the tests: the compiler checks that every key exists in both languages.
 * (SPFx's AMD `loc/*.js` files would give untyped strings that only the browser can load.)
 */
import { da } from './da';
import { en } from './en';
import type { IStrings, UiLocale } from './IStrings';

export type { IStrings, UiLocale } from './IStrings';


/** `da-DK`, `da`, `en-US`… → the interface language; Danish unless the culture is English. */
export function localeOf(cultureName: string | undefined): UiLocale {
  return cultureName && /^en\b/i.test(cultureName) ? 'en' : 'da';
}

export function getStrings(locale: UiLocale): IStrings {
  return locale === 'en' ? en : da;
}
