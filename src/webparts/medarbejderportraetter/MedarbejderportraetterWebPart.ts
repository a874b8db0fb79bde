import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IHostContext } from '../shared/hostContext';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import { portraitsElement } from './element';
import type { IMedarbejderportraetterWebPartProps } from './IMedarbejderportraetterWebPartProps';
import { portraitsPropertyPane } from './propertyPane';

export default class MedarbejderportraetterWebPart extends SimpleWebPart<IMedarbejderportraetterWebPartProps> {
  protected element(host: IHostContext): React.ReactElement {
    return portraitsElement(this.properties, host);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return portraitsPropertyPane(this.strings);
  }
}
