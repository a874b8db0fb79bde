import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { INSIGHTS } from './definition';
import type { IIndblikWebPartProps } from './definition';

export default class IndblikWebPart extends SimpleWebPart<IIndblikWebPartProps> {
  protected get definition(): IWebPartDefinition<IIndblikWebPartProps> {
    return INSIGHTS;
  }
}
