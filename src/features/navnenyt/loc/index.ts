/**
 * The navnenyt feature's texts in the interface language. Typed: the compiler checks both languages have every key.
 */
import type { UiLocale } from '../../../shared/loc/strings';
import { da } from './da';
import { en } from './en';
import type { INavnenytTexts } from './INavnenytTexts';

export type { INavnenytTexts } from './INavnenytTexts';

export function navnenytTexts(locale: UiLocale): INavnenytTexts {
  return locale === 'en' ? en : da;
}
