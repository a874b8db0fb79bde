import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { STORY_CHECK } from './definition';
import type { ITjekHistorierWebPartProps } from './definition';

export default class TjekHistorierWebPart extends SimpleWebPart<ITjekHistorierWebPartProps> {
  protected get definition(): IWebPartDefinition<ITjekHistorierWebPartProps> {
    return STORY_CHECK;
  }
}
