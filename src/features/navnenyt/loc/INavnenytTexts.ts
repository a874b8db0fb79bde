/**
 * The navnenyt feature's texts that its domain rules and components need by key: the type names, the reader's group
 * headings, the approver's field names, the sentences' and the form's words. `da.ts` and `en.ts` must both fill it.
 */
import type { ComparedField } from '../domain/navnenytChanges';
import type { ReaderGroupKey } from '../domain/navnenytGrouping';
import type { NavnenytType } from '../domain/models';
import type { INavnenytWords } from '../domain/sentences';
import type { IValidationMessages } from '../domain/validation';

export interface INavnenytTexts {
  /** The type's name for headings, cards, filters and the form: "Ny medarbejder" / "New colleague". */
  readonly types: Readonly<Record<NavnenytType, string>>;
  /** The reader's group headings: "I dag", "Denne uge", "Kommende", "For nylig". */
  readonly groups: Readonly<Record<ReaderGroupKey, string>>;
  /** The approver's names for what changed, in running text ("dato", "antal år"). */
  readonly changedFields: Readonly<Record<ComparedField, string>>;
  readonly words: INavnenytWords;
  readonly validation: IValidationMessages;
  /** The chosen employee has no e-mail in HR's extract. */
  readonly employeeWithoutEmail: string;
}
