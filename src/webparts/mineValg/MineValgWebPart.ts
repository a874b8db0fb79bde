import * as React from 'react';
import { PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { MyChoicesRoot } from '../../components/myChoices/MyChoicesRoot';
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
    const s = this.env.strings.propertyPane;
    return {
      pages: [{ header: { description: s.description }, groups: [{ groupName: s.settingsGroup, groupFields: [PropertyPaneTextField('privacyNoticeUrl', { label: s.privacyUrlLabel })] }] }],
    };
  }
}
