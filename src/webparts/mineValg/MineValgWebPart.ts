import * as React from 'react';
import { PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { MyChoicesRoot } from '../../components/myChoices/MyChoicesRoot';
import { settingsPane } from '../shared/propertyPaneFields';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import type { IMineValgWebPartProps } from './IMineValgWebPartProps';

export default class MineValgWebPart extends SimpleWebPart<IMineValgWebPartProps> {
  protected element(): React.ReactElement {
    return React.createElement(MyChoicesRoot, {
      repository: this.env.repositories.privacy,
      strings: this.env.strings,
      privacyNoticeUrl: this.properties.privacyNoticeUrl || undefined,
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return settingsPane(this.env.strings, [PropertyPaneTextField('privacyNoticeUrl', { label: this.env.strings.propertyPane.privacyUrlLabel })]);
  }
}
