import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { MY_CHOICES } from './definition';
import type { IMineValgWebPartProps } from './definition';

export default class MineValgWebPart extends SimpleWebPart<IMineValgWebPartProps> {
  protected get definition(): IWebPartDefinition<IMineValgWebPartProps> {
    return MY_CHOICES;
  }
}
