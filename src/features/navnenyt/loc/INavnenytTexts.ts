/**
 * The navnenyt feature's texts that its domain rules and components need by key: the type names, the reader's group
 * headings and the sentences' words. `da.ts` and `en.ts` must both fill it. What only HR's form and communications'
 * queue need is in editorTexts.ts, so the front page does not carry it.
 */
import type { ReaderGroupKey } from '../domain/navnenytGrouping';
import type { NavnenytType } from '../domain/models';
import type { INavnenytWords } from '../domain/sentences';

export interface INavnenytTexts {
  /** The type's name for headings, cards, filters and the form: "Ny medarbejder" / "New colleague". */
  readonly types: Readonly<Record<NavnenytType, string>>;
  /** The reader's group headings: "I dag", "Denne uge", "Kommende", "For nylig". */
  readonly groups: Readonly<Record<ReaderGroupKey, string>>;
  readonly words: INavnenytWords;
}
