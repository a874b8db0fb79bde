import type * as React from 'react';
import { PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IHostContext } from '../shared/hostContext';
import { settingsPane } from '../shared/propertyPaneFields';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import { myChoicesElement } from './element';
import type { IMineValgWebPartProps } from './IMineValgWebPartProps';

export default class MineValgWebPart extends SimpleWebPart<IMineValgWebPartProps> {
  protected element(host: IHostContext): React.ReactElement {
    return myChoicesElement(this.properties, host);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return settingsPane(this.strings, [PropertyPaneTextField('privacyNoticeUrl', { label: this.strings.propertyPane.privacyUrlLabel })]);
  }
}
