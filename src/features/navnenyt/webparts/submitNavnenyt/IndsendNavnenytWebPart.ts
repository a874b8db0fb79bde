import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { SUBMIT } from './definition';
import type { IIndsendNavnenytWebPartProps } from './definition';

export default class IndsendNavnenytWebPart extends SimpleWebPart<IIndsendNavnenytWebPartProps> {
  protected get definition(): IWebPartDefinition<IIndsendNavnenytWebPartProps> {
    return SUBMIT;
  }
}
