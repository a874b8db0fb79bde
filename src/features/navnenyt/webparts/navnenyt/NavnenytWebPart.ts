import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { NAVNENYT } from './definition';
import type { INavnenytWebPartProps } from './definition';

export default class NavnenytWebPart extends SimpleWebPart<INavnenytWebPartProps> {
  protected get definition(): IWebPartDefinition<INavnenytWebPartProps> {
    return NAVNENYT;
  }
}
