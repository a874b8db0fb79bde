/** Danish running-text rules shared by every feature. */
import type { Locale } from './dates';

/**
 * Danish says "på" about buildings and institutions one goes to ("lærer på Grenaa Skole", "på Plejecenter
 * Møllevangen") and "i" about units and services ("i Hjemmeplejen Syd", "i Vej og Park").
 */
const PAA_WORKPLACE = /(skole|plejecent|plejehjem|rådhus|bibliotek|sygehus|hospital|gymnasi|museum|træningscent|sundhedshus|botilbud)/i;

export const DEFAULT_ORGANISATION_NAME = 'Norddjurs Kommune';

/** Lower-cases a title's first letter for running text unless it is an abbreviation ("IT-konsulent", "SOSU-hjælper"). */
export function lowerFirstForRunningText(text: string): string {
  const chars = Array.from(text.trim());
  const [first, second] = chars;
  if (first === undefined || (second !== undefined && second !== second.toLocaleLowerCase('da'))) {
    return chars.join('');
  }
  return first.toLocaleLowerCase('da') + chars.slice(1).join('');
}

export function workplacePreposition(workplace: string, locale: Locale = 'da'): string {
  if (locale !== 'da') return 'at';
  return PAA_WORKPLACE.test(workplace) ? 'på' : 'i';
}

/**
 * A text as plain lower-case ASCII letters for matching and for addresses: æ, ø and å spelled out (ae, oe, aa), other
 * accents dropped (é → e), everything else kept. Used for column headers and tracking-link tokens.
 */
export function foldToAscii(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
