import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { SETUP } from './definition';
import type { IOpsaetningWebPartProps } from './definition';

export default class OpsaetningWebPart extends SimpleWebPart<IOpsaetningWebPartProps> {
  protected get definition(): IWebPartDefinition<IOpsaetningWebPartProps> {
    return SETUP;
  }
}
