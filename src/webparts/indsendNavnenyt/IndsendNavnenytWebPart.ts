import type * as React from 'react';
import { PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IHostContext } from '../shared/hostContext';
import { settingsPane } from '../shared/propertyPaneFields';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import { submitElement } from './element';
import type { IIndsendNavnenytWebPartProps } from './IIndsendNavnenytWebPartProps';

export default class IndsendNavnenytWebPart extends SimpleWebPart<IIndsendNavnenytWebPartProps> {
  protected element(host: IHostContext): React.ReactElement {
    return submitElement(this.properties, host);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = this.strings.propertyPane;
    return settingsPane(this.strings, [
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
