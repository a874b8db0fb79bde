/** The portraits feature's texts that its domain rules need by key. `da.ts` and `en.ts` must both fill it. */
import type { ILinkedInRefusalTexts } from '../domain/linkedin';

export interface IPortraitsTexts {
  readonly linkedInRefusal: ILinkedInRefusalTexts;
}
