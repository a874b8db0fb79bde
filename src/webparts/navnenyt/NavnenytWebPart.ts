import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IHostContext } from '../shared/hostContext';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import { navnenytElement } from './element';
import type { INavnenytWebPartProps } from './INavnenytWebPartProps';
import { navnenytPropertyPane } from './propertyPane';

export default class NavnenytWebPart extends SimpleWebPart<INavnenytWebPartProps> {
  protected element(host: IHostContext): React.ReactElement {
    return navnenytElement(this.properties, host);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return navnenytPropertyPane(this.strings);
  }
}
