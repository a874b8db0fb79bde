import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { PORTRAIT_STUDIO } from './definition';
import type { IPortraetstudioWebPartProps } from './definition';

export default class PortraetstudioWebPart extends SimpleWebPart<IPortraetstudioWebPartProps> {
  protected get definition(): IWebPartDefinition<IPortraetstudioWebPartProps> {
    return PORTRAIT_STUDIO;
  }
}
