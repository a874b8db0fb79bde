/**
 * The texts every web part uses (common, the property pane's frame, access), in Danish (first language) and English.
 * Each feature's loc/ adds its own texts to these (`withCommonStrings`), so a web part's bundle carries only its
 * feature's texts and the common ones. Typed modules shared by the SPFx web parts, the local workbench and the tests:
 * the compiler checks that every key exists in both languages.
 * (SPFx's AMD `loc/*.js` files would give untyped strings that only the browser can load.)
 */
import { da } from './da';
import { en } from './en';
import type { ICommonStrings, UiLocale } from './ICommonStrings';

export type { ICommonStrings, UiLocale } from './ICommonStrings';

/** `da-DK`, `da`, `en-US`… → the interface language; Danish unless the culture is English. */
export function localeOf(cultureName: string | undefined): UiLocale {
  return cultureName && /^en\b/i.test(cultureName) ? 'en' : 'da';
}

export function getCommonStrings(locale: UiLocale): ICommonStrings {
  return locale === 'en' ? en : da;
}

/**
 * A feature's texts in both languages (its type makes the compiler check that both have every key) → the builder that
 * adds them to the common texts, in the common texts' language. Built once per language, so a root sees the same object
 * on every render.
 */
export function withCommonStrings<F extends object>(texts: Readonly<Record<UiLocale, F>>): (common: ICommonStrings) => ICommonStrings & F {
  const built = new Map<ICommonStrings, ICommonStrings & F>();
  return (common) => {
    let strings = built.get(common);
    if (!strings) {
      strings = { ...common, ...texts[common.locale] };
      built.set(common, strings);
    }
    return strings;
  };
}
