/** The portraits feature's texts in the interface language. Typed: the compiler checks both languages have every key. */
import type { UiLocale } from '../../../shared/loc/strings';
import { da } from './da';
import { en } from './en';
import type { IPortraitsTexts } from './IPortraitsTexts';

export type { IPortraitsTexts } from './IPortraitsTexts';

export function portraitsTexts(locale: UiLocale): IPortraitsTexts {
  return locale === 'en' ? en : da;
}
