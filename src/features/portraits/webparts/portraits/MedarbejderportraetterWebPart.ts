import type { IWebPartDefinition } from '../../../../shared/webparts/definition';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { PORTRAITS } from './definition';
import type { IMedarbejderportraetterWebPartProps } from './definition';

export default class MedarbejderportraetterWebPart extends SimpleWebPart<IMedarbejderportraetterWebPartProps> {
  protected get definition(): IWebPartDefinition<IMedarbejderportraetterWebPartProps> {
    return PORTRAITS;
  }
}
