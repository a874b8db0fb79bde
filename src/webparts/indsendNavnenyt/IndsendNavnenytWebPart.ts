import * as React from 'react';
import { PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { SubmitNavnenytRoot } from '../../components/submitNavnenyt/SubmitNavnenytRoot';
import { settingsPane } from '../shared/propertyPaneFields';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import type { IIndsendNavnenytWebPartProps } from './IIndsendNavnenytWebPartProps';

export default class IndsendNavnenytWebPart extends SimpleWebPart<IIndsendNavnenytWebPartProps> {
  protected element(): React.ReactElement {
    return React.createElement(SubmitNavnenytRoot, {
      repository: this.env.repositories.navnenytEditor,
      directory: this.env.repositories.employees,
      navnenyt: this.env.repositories.navnenyt,
      strings: this.env.strings,
      today: this.env.today(),
      role: this.properties.role === 'editor' ? 'editor' : 'hr',
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = this.env.strings.propertyPane;
    return settingsPane(this.env.strings, [
      PropertyPaneDropdown('role', {
        label: s.roleLabel,
        options: [
          { key: 'hr', text: s.roleHr },
          { key: 'editor', text: s.roleEditor },
        ],
      }),
    ]);
  }
}
