import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { STORIES } from './definition';
import type { IMedarbejderhistorierWebPartProps } from './definition';

export default class MedarbejderhistorierWebPart extends SimpleWebPart<IMedarbejderhistorierWebPartProps> {
  protected get definition(): IWebPartDefinition<IMedarbejderhistorierWebPartProps> {
    return STORIES;
  }
}
