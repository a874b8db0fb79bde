import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { APPROVE } from './definition';
import type { IGodkendNavnenytWebPartProps } from './definition';

export default class GodkendNavnenytWebPart extends SimpleWebPart<IGodkendNavnenytWebPartProps> {
  protected get definition(): IWebPartDefinition<IGodkendNavnenytWebPartProps> {
    return APPROVE;
  }
}
