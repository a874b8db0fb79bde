import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IHostContext } from '../shared/hostContext';
import { settingsPane } from '../shared/propertyPaneFields';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import { approveElement } from './element';

export default class GodkendNavnenytWebPart extends SimpleWebPart<Record<string, never>> {
  protected element(host: IHostContext): React.ReactElement {
    return approveElement(host);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return settingsPane(this.strings, []);
  }
}
