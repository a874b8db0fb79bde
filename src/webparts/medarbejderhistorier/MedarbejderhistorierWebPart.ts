import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IHostContext } from '../shared/hostContext';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import { storiesElement } from './element';
import type { IMedarbejderhistorierWebPartProps } from './IMedarbejderhistorierWebPartProps';
import { storiesPropertyPane } from './propertyPane';

export default class MedarbejderhistorierWebPart extends SimpleWebPart<IMedarbejderhistorierWebPartProps> {
  protected element(host: IHostContext): React.ReactElement {
    return storiesElement(this.properties, host);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return storiesPropertyPane(this.strings);
  }
}
