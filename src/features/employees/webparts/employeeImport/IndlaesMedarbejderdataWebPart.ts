import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { EMPLOYEE_IMPORT } from './definition';
import type { IIndlaesMedarbejderdataWebPartProps } from './definition';

export default class IndlaesMedarbejderdataWebPart extends SimpleWebPart<IIndlaesMedarbejderdataWebPartProps> {
  protected get definition(): IWebPartDefinition<IIndlaesMedarbejderdataWebPartProps> {
    return EMPLOYEE_IMPORT;
  }
}
