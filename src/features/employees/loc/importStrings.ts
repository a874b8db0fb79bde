/**
 * The texts of Indlæs medarbejderdata, in Danish (first) and English, added to the common texts (withCommonStrings);
 * typed, so the compiler checks both languages have every key.
 */
import { withCommonStrings } from '../../../shared/loc/strings';
import type { IImportTexts } from './IImportTexts';
import { da } from './importDa';
import { en } from './importEn';

export type { IImportTexts } from './IImportTexts';

export interface IImportStrings {
  readonly employeeImport: IImportTexts;
}

/** The common texts and Indlæs medarbejderdata's, in the common texts' language. */
export const importStrings = withCommonStrings<IImportStrings>({ da: { employeeImport: da }, en: { employeeImport: en } });
